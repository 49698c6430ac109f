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
campaign-list-empty = Kampanjoita ei ole vielä. Tee kampanja komentorivillä: polku campaign create TIEDOSTO.yml
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
