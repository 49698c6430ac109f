## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = Lähetä muistutuksia opiskelijaryhmille

campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Älä lähetä näitä viestejä
campaign-muted = Et saa enää näitä ryhmäviestejä. Muistutukset suunnitelmastasi ja tapaamisistasi tulevat edelleen.
campaign-answer-thanks = Kiitos, vastauksesi on tallennettu.

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
campaign-confirm = Lähetetäänkö kampanja { $count } opiskelijalle?
campaign-scheduled = Kampanja ”{ $name }” on lähdössä. Saat raportin, kun se on lähetetty.
campaign-cancelled = Kampanja ”{ $name }” on peruttu. { $count } viestiä jää lähettämättä.

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
campaign-error-not_draft = Tämä kampanja on jo lähetetty tai peruttu.
campaign-error-finished = Tämä kampanja on jo päättynyt.
