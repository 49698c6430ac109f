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
campaign-state-draft = luonnos
campaign-state-scheduled = ajastettu
campaign-state-sending = lähetys käynnissä
campaign-state-done = lähetetty
campaign-state-cancelled = peruttu
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
campaign-scheduled = Vahvistit kampanjan ”{ $name }”. Lähetän sen valitsemanasi aikana. Saat raportin, kun olen valmis.
campaign-sending-now = Vahvistit kampanjan ”{ $name }”. Lähetän sen nyt. Saat raportin, kun olen valmis.
campaign-cancelled = Peruin kampanjan ”{ $name }”. { $count } viestiä jää lähettämättä.

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    Raportti: { $name }
    Opiskelijoita: { $audience }
    Lähetetty: { $sent }. Epäonnistui: { $failed }. Botti estetty: { $blocked }. Viestit estetty: { $muted }. Odottaa: { $pending }.{ $in_doubt }
    { $languages }
    Vastaukset:
    { $answers }
campaign-report-language = { $language }: { $sent } / { $total } lähetetty
campaign-report-answer = Painike { $number }: { $count }
campaign-report-no-answers = Ei vastauksia vielä.
campaign-report-in-doubt = {"\u000A"}{ $count ->
        [one] Yksi viesti meni ehkä perille. Minulla oli ongelma, kun lähetin sitä. Siksi en tiedä. En lähetä sitä uudelleen.
       *[other] { $count } viestiä meni ehkä perille. Minulla oli ongelma, kun lähetin niitä. Siksi en tiedä. En lähetä niitä uudelleen.
    }

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
campaign-new-path = Millä polulla olevat opiskelijat? Valitse ja paina Valmis. Paina Ohita, niin poistat tämän rajauksen.
campaign-new-status = Missä tilanteessa olevat opiskelijat? Valitse ja paina Valmis. Paina Ohita, niin poistat tämän rajauksen.
campaign-new-counsellor = Minkä ohjaajan opiskelijat? Valitse ja paina Valmis. Paina Ohita, niin poistat tämän rajauksen.
campaign-new-language = Mitä kieltä lukevat opiskelijat? Valitse ja paina Valmis. Paina Ohita, niin poistat tämän rajauksen.
campaign-new-step = Opiskelijat, joilla on mikä suunnitelman vaihe vielä tekemättä? Valitse ja paina Valmis. Paina Ohita, niin poistat tämän rajauksen.
campaign-new-active = Milloin opiskelijat olivat viimeksi aktiivisia? Paina Ohita, niin poistat tämän rajauksen.
campaign-status-new = Liittynyt, alkukysely kesken
campaign-status-intake_done = Alkukysely tehty
campaign-status-plan_confirmed = Suunnitelma vahvistettu
campaign-option-counsellor = { $name }
campaign-active-active_7 = Aktiivinen viimeisen 7 päivän aikana
campaign-active-active_30 = Aktiivinen viimeisen 30 päivän aikana
campaign-active-inactive_14 = Ei aktiivinen 14 päivään
campaign-active-inactive_30 = Ei aktiivinen 30 päivään
campaign-new-fallback = Nyt viesti. Ensin pääkieli. Tämän tekstin saavat opiskelijat, joiden omalla kielellä ei ole tekstiä. Mikä kieli se on?
campaign-new-text =
    Kirjoita viesti kielellä { $language }. Voit käyttää merkintöjä {"{"}first_name{"}"}, {"{"}counsellor_name{"}"} ja {"{"}date{"}"}. Täytän ne jokaiselle opiskelijalle.
campaign-new-buttons = Haluatko vastauspainikkeita kielellä { $language }? Kirjoita enintään 3 painikkeen tekstiä, yksi kullekin riville. Lasken opiskelijoiden vastaukset. Tai paina Ohita.
campaign-new-other-buttons = Nyt samat vastauspainikkeet kielellä { $language }. Kirjoita yksi kullekin riville, samassa järjestyksessä.
campaign-new-more = Haluatko lisätä viestin toisella kielellä?
campaign-more-add = ➕ Toinen kieli
campaign-more-done = ✓ Valmis
campaign-new-other-language = Mikä kieli?
campaign-new-schedule = Milloin lähetän viestin?
campaign-schedule-now = Nyt
campaign-schedule-at = Tiettynä päivänä ja aikana
campaign-schedule-daily = Joka päivä
campaign-schedule-weekly = Joka viikko
campaign-new-send-at = Kirjoita päivä ja kellonaika näin: 31.12.2026 14:30.
campaign-new-until = Mikä on viimeinen päivä? Kirjoita se näin: 31.1.2027.
campaign-new-too-long = Teksti on liian pitkä. Kirjoita enintään { $limit } merkkiä.
campaign-new-bad-placeholder = En tunne yhtä sanaa merkkien {"{"} {"}"} välissä. Käytä merkintöjä {"{"}first_name{"}"}, {"{"}counsellor_name{"}"} tai {"{"}date{"}"}. Jos haluat yhden merkin {"{"}, kirjoita {"{{"}.
campaign-new-bad-buttons = Kirjoita 1–{ $most } painikkeen tekstiä, yksi kullekin riville. Kussakin saa olla enintään { $limit } merkkiä.
campaign-new-buttons-count = Kirjoita { $count } painikkeen tekstiä, yksi kullekin riville: yhtä monta kuin pääkielellä.
campaign-new-language-given = Kirjoitit jo tekstin pääkielellä. Valitse toinen kieli.
campaign-new-need-time = Lisää myös kellonaika, näin: 31.12.2026 14:30.
campaign-new-past = Se aika on jo mennyt. Valitse myöhempi aika.
campaign-new-until-early = Viimeinen päivä ei voi olla ennen ensimmäistä.
campaign-new-failed = Valitettavasti kampanjan tallennus ei onnistunut. Aloita uudelleen komennolla /campaign.
campaign-new-saved = Tallensin kampanjan ”{ $name }”. { $schedule } Tarkista esikatselu ja vahvista.
campaign-when-now = Lähetän sen heti, kun vahvistat.
campaign-when-at = Lähetän sen { $when }.
campaign-when-daily = Lähetän sen joka päivä { $when } alkaen { $until } asti.
campaign-when-weekly = Lähetän sen joka viikko { $when } alkaen { $until } asti.
