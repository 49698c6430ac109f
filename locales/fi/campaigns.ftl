## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = Lähetä muistutuksia opiskelijaryhmille

campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Älä lähetä näitä viestejä
campaign-muted = Et saa enää näitä ryhmäviestejä. Muistutukset suunnitelmastasi ja tapaamisistasi tulevat edelleen.
campaign-answer-thanks = Kiitos, tallensin vastauksesi.

campaign-list =
    Kampanjasi:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-list-empty = Kampanjoita ei ole vielä. Paina ”Uusi kampanja” tai käytä komentoriviä: polku campaign create TIEDOSTO.yml
campaign-button-show = Kampanja { $id }
campaign-button-send = Lähetä
campaign-button-confirm = Kyllä, lähetä
campaign-button-cancel = Peru kampanja

campaign-preview =
    Kampanja { $id }: { $name } ({ $status })
    Opiskelijoita: { $count }
    { $languages }
    { $fallback } saa tekstin kielellä { $fallback_language }, koska heidän kielellään ei ole tekstiä.
    Viestit estetty: { $muted }. Botti estetty: { $blocked }.
campaign-preview-language = { $language }: { $count } (varakieli: { $fallback })
campaign-example =
    Esimerkki, kieli { $language }:
    { $text }
campaign-confirm = Lähetätkö kampanjan { $count } opiskelijalle?
campaign-scheduled = Lähetän kampanjan ”{ $name }” nyt. Saat raportin, kun olen valmis.
campaign-cancelled = Peruin kampanjan ”{ $name }”. { $count } viestiä jää lähettämättä.

campaign-report =
    Raportti: { $name }
    Opiskelijoita: { $audience }
    Lähetetty: { $sent }. Epäonnistui: { $failed }. Botti estetty: { $blocked }. Viestit estetty: { $muted }. Odottaa: { $pending }.
    { $languages }
    Vastaukset:
    { $answers }
campaign-report-language = { $language }: { $sent } / { $total } lähetetty
campaign-report-answer = Painike { $number }: { $count }
campaign-report-no-answers = Ei vastauksia vielä.

campaign-error = Tätä kampanjaa ei voi nyt muuttaa.
campaign-error-not_draft = Joku on jo lähettänyt tai perunut tämän kampanjan.
campaign-error-finished = Tämä kampanja on jo päättynyt.

## The guided dialogue: a new campaign (/campaign, "New campaign")
campaign-new-button = ➕ Uusi kampanja
campaign-new-name = Uusi kampanja. Mikä sen nimi on? Vain henkilökunta näkee nimen.
campaign-new-audience =
    Kuka saa viestin? Valitse rajaus tai paina Valmis. Ilman rajausta kaikki opiskelijat saavat sen.
    Polku: { $path }
    Tilanne: { $status }
    Ohjaaja: { $counsellor }
    Kieli: { $language }
    Suunnitelman vaihe tekemättä: { $step }
    Viimeksi aktiivinen: { $active }
campaign-filter-path = Polku
campaign-filter-status = Tilanne
campaign-filter-counsellor = Ohjaaja
campaign-filter-language = Kieli
campaign-filter-step = Suunnitelman vaihe tekemättä
campaign-filter-active = Viimeksi aktiivinen
campaign-filter-done = ✓ Valmis
campaign-new-path = Millä polulla olevat opiskelijat? Valitse ja paina Valmis. Ohita poistaa tämän rajauksen.
campaign-new-status = Missä tilanteessa olevat opiskelijat? Valitse ja paina Valmis. Ohita poistaa tämän rajauksen.
campaign-new-counsellor = Minkä ohjaajan opiskelijat? Valitse ja paina Valmis. Ohita poistaa tämän rajauksen.
campaign-new-language = Mitä kieltä lukevat opiskelijat? Valitse ja paina Valmis. Ohita poistaa tämän rajauksen.
campaign-new-step = Opiskelijat, joilla on mikä suunnitelman vaihe vielä tekemättä? Valitse ja paina Valmis. Ohita poistaa tämän rajauksen.
campaign-new-active = Milloin opiskelijat olivat viimeksi aktiivisia? Ohita poistaa tämän rajauksen.
campaign-status-new = Liittynyt, alkukysely kesken
campaign-status-intake_done = Alkukysely tehty
campaign-status-plan_confirmed = Suunnitelma vahvistettu
campaign-option-counsellor = { $name }
campaign-active-active_7 = Aktiivinen viimeisen 7 päivän aikana
campaign-active-active_30 = Aktiivinen viimeisen 30 päivän aikana
campaign-active-inactive_14 = Ei aktiivinen 14 päivään
campaign-active-inactive_30 = Ei aktiivinen 30 päivään
campaign-new-fallback = Nyt viesti. Ensin pääkieli: tämän tekstin saavat opiskelijat, joiden kielellä ei ole tekstiä. Mikä kieli?
campaign-new-text =
    Kirjoita viesti kielellä { $language }. Voit käyttää merkintöjä {"{"}first_name{"}"}, {"{"}counsellor_name{"}"} ja {"{"}date{"}"}: jokainen opiskelija näkee omansa.
campaign-new-buttons = Vastauspainikkeet kielellä { $language } (voit ohittaa): kirjoita enintään 3 painiketta, yksi kullekin riville. Opiskelijoiden vastaukset lasketaan.
campaign-new-other-buttons = Samat vastauspainikkeet kielellä { $language }: yksi kullekin riville, samassa järjestyksessä.
campaign-new-more = Lisätäänkö viesti toisella kielellä?
campaign-more-add = ➕ Toinen kieli
campaign-more-done = ✓ Valmis
campaign-new-other-language = Mikä kieli?
campaign-new-schedule = Milloin viesti lähtee?
campaign-schedule-now = Nyt
campaign-schedule-at = Tiettynä päivänä ja aikana
campaign-schedule-daily = Joka päivä
campaign-schedule-weekly = Joka viikko
campaign-new-send-at = Kirjoita päivä ja kellonaika näin: 31.12.2026 14:30.
campaign-new-until = Mikä on viimeinen päivä? Kirjoita se näin: 31.1.2027.
campaign-new-too-long = Liian pitkä: enintään { $limit } merkkiä.
campaign-new-bad-placeholder = En tunne yhtä aaltosulkeissa olevaa sanaa. Käytä merkintöjä {"{"}first_name{"}"}, {"{"}counsellor_name{"}"} tai {"{"}date{"}"}, tai kirjoita {"{{"}, jos haluat aaltosulkeen.
campaign-new-bad-buttons = Kirjoita 1–{ $most } painiketta, yksi kullekin riville, kukin enintään { $limit } merkkiä.
campaign-new-buttons-count = Kirjoita { $count } painiketta, yksi kullekin riville: yhtä monta kuin pääkielellä.
campaign-new-language-given = Se on pääkieli, ja sen teksti on jo annettu. Valitse toinen kieli.
campaign-new-need-time = Lisää myös kellonaika, näin: 31.12.2026 14:30.
campaign-new-past = Se aika on jo mennyt. Valitse myöhempi aika.
campaign-new-until-early = Viimeinen päivä ei voi olla ennen ensimmäistä.
campaign-new-failed = Valitettavasti kampanjan tallennus ei onnistunut. Aloita uudelleen komennolla /campaign.
campaign-new-saved = Kampanja ”{ $name }” on tallennettu. { $schedule } Tarkista esikatselu ja vahvista.
campaign-when-now = Se lähtee heti, kun vahvistat.
campaign-when-at = Se lähtee { $when }.
campaign-when-daily = Se lähtee joka päivä { $when } alkaen { $until } asti.
campaign-when-weekly = Se lähtee joka viikko { $when } alkaen { $until } asti.
