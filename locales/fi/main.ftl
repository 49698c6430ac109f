# Polku — suomi (Finnish). Translated from locales/en/main.ftl: same message ids.
# Writing rules: locales/README.md. Selkokieli: short sentences, common words, "sinä".
# Terms: learner = opiskelija, career counsellor = uraohjaaja, coordinator = koordinaattori,
# invite link = kutsulinkki, Skills Centre for Migrants = Maahanmuuttajien osaamiskeskus.

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = Suomi
language-first = Millä kielellä kirjoitan sinulle? Voit vaihtaa kielen myöhemmin komennolla /language.
language-choose = Valitse kieli.
language-set = Selvä. Kirjoitan sinulle nyt suomeksi.

language-settings =
    Valitse kieli.

    Toinen kielesi: { $second }. Jos viestiä ei ole sinun kielelläsi, saat sen toisella kielelläsi.
language-second-none = ei mitään
language-second-button = Toinen kieli
language-second-choose = Valitse toinen kieli. Käytän sitä, jos viestiä ei ole sinun kielelläsi.
language-second-nothing = Ei toista kieltä
language-second-set = Selvä. Toinen kielesi on nyt { $second }.
language-second-removed = Selvä. Sinulla ei ole nyt toista kieltä.
language-practice-on = Harjoittele suomea
language-practice-off = Lopeta suomen harjoittelu
practice-started = Suomen harjoittelu on päällä. Saat jokaisen viestin myös helpolla suomella. Kirjoita /suomi, jos haluat lopettaa.
practice-stopped = Suomen harjoittelu on pois päältä. Kirjoita /suomi, jos haluat aloittaa uudelleen.
practice-finnish = Kirjoitan sinulle jo suomeksi. Jos haluat harjoitella, valitse ensin toinen kieli: /language.
# The heading above the Finnish text under each message, in Finnish practice.
practice-in-finnish = Suomeksi:
mydata-reading =
    Toinen kieli: { $second }.
    Suomen harjoittelu: { $practice ->
        [on] päällä
       *[off] pois päältä
    }.

## Starting and invites

start-no-invite =
    Hei! Olen Polku, Maahanmuuttajien osaamiskeskuksen avustaja.
    Tarvitset ensin kutsulinkin. Saat linkin ohjaajaltasi. Pyydä linkki ja avaa se sitten tällä puhelimella.
start-invite-invalid = Tämä kutsulinkki ei toimi. Tarkista, että sinulla on koko linkki. Voit myös pyytää uuden linkin ohjaajaltasi.
start-invite-expired = Tämä kutsulinkki on liian vanha. Pyydä uusi linkki ohjaajaltasi.
start-invite-used = Joku on jo käyttänyt tämän kutsulinkin. Pyydä uusi linkki ohjaajaltasi.
start-already-joined = Olet jo mukana, { $name }. Et tarvitse uutta kutsulinkkiä.
start-welcome-back = Hei taas, { $name }!
start-welcome-learner =
    Tervetuloa, { $name }! Olen Polku.
    Autan sinua seuraamaan omaa suunnitelmaasi osaamiskeskuksessa. Muistutan sinua tärkeistä päivistä. Autan sinua myös ottamaan yhteyttä ohjaajaasi.
start-welcome-counsellor =
    Tervetuloa, { $name }! Olet nyt Polussa uraohjaajana.
    Voit tehdä kutsulinkin opiskelijoillesi komennolla /invite. Kerron sinulle, kun opiskelija liittyy mukaan. Kerron myös, kun opiskelija tarvitsee apuasi.
start-welcome-coordinator =
    Tervetuloa, { $name }! Olet nyt Polussa koordinaattorina.
    Voit tehdä kutsulinkin uraohjaajille ja koordinaattoreille komennolla /invite.

## Help, one text for each role

help-visitor =
    Olen Polku, Maahanmuuttajien osaamiskeskuksen avustaja.
    Voit käyttää minua, kun saat kutsulinkin ohjaajaltasi.
    /language – valitse kieli
help-learner =
    Voit käyttää näitä komentoja:
    /plan – katso suunnitelmasi ja merkitse vaiheet valmiiksi
    /book – varaa tapaaminen ohjaajan kanssa
    /appointments – katso, siirrä tai peru tapaamisesi
    /mood – kerro, miten menee
    /counsellor – pyydä ohjaajaasi ottamaan yhteyttä
    /intake – vastaa alkukysymyksiin uudelleen
    /profile – katso ja muuta vastauksiasi
    /mydata – katso, mitä tietoja Polku säilyttää
    /forget – poista tietosi
    /cancel – keskeytä kysymykset
    /language – vaihda kieli
    /help – näytä tämä lista
help-counsellor =
    Voit käyttää näitä komentoja:
    /learners – katso opiskelijasi ja heidän suunnitelmansa
    /appointments – katso ja peru tapaamisesi
    /escalations – opiskelijat, jotka voivat tarvita sinua nyt
    /invite – tee kutsulinkki uudelle opiskelijalle
    /cancel – keskeytä vaiheen lisääminen
    /language – vaihda kieli
    /help – näytä tämä viesti
help-coordinator =
    Voit käyttää näitä komentoja:
    /invite – tee kutsulinkki uraohjaajalle tai koordinaattorille
    /staff – henkilöstö: lopeta tai palauta käyttöoikeus, siirrä opiskelijoita, valitse varaohjaaja
    /campaign – lähetä muistutuksia opiskelijaryhmille, katso esikatselu ja raportit
    /escalations – avoimet ilmoitukset opiskelijoista
    /language – vaihda kieli
    /help – näytä tämä viesti

## The command menu (short, plain text, no formatting)

command-start = Aloita
command-help = Ohjeet
command-language = Vaihda kieli
command-suomi = Harjoittele suomea: viestit myös suomeksi
command-invite = Tee kutsulinkki
command-intake = Vastaa alkukysymyksiin
command-profile = Katso ja muuta vastauksiasi
command-mydata = Katso tietosi
command-forget = Poista tietosi
command-cancel = Keskeytä kysymykset
command-learners = Opiskelijasi ja heidän suunnitelmansa
command-plan = Suunnitelmasi
command-book = Varaa tapaaminen
command-appointments = Tapaamisesi
command-mood = Kerro, miten menee
command-checkin = Valitse, milloin kysyn vointiasi
command-counsellor = Puhu ohjaajasi kanssa
command-escalations = Opiskelijat, jotka voivat tarvita sinua

## Making invites

invite-choose-role = Kenelle teet kutsulinkin?
invite-role-counsellor = Uraohjaaja
invite-role-coordinator = Koordinaattori
# $expires is a date and time, for example "5.12.2025 14.30".
invite-created-learner =
    Tässä on kutsulinkki yhdelle uudelle opiskelijalle. Lähetä linkki vain tälle henkilölle. Linkki toimii vain yhden kerran. Se on voimassa { $expires } asti.

    { $link }
invite-created-counsellor =
    Tässä on kutsulinkki yhdelle uraohjaajalle. Lähetä linkki vain tälle henkilölle. Linkki toimii vain yhden kerran. Se on voimassa { $expires } asti.

    { $link }
invite-created-coordinator =
    Tässä on kutsulinkki yhdelle koordinaattorille. Lähetä linkki vain tälle henkilölle. Linkki toimii vain yhden kerran. Se on voimassa { $expires } asti.

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = <b>{ $name }</b> liittyi Polkuun. Hän käytti sinun kutsulinkkiäsi. Hän on nyt sinun opiskelijasi.
# The role is in the essive case ("as a ...").
notice-staff-joined =
    <b>{ $name }</b> liittyi Polkuun { $role ->
        [coordinator] koordinaattorina
       *[counsellor] uraohjaajana
    }.

## Input that Polku does not take

input-text = Anteeksi, en ymmärtänyt. Kirjoita /help, niin näet, mitä voin tehdä.
input-long-text = Viestisi on liian pitkä. Kirjoita lyhyempi viesti.
input-media = Osaan lukea vain tekstiä. Kirjoita viestisi.
input-private-data = Kiitos, mutta en tarvitse sijaintiasi tai yhteystietojasi. En tallentanut niitä.
input-edited = Luen vain uusia viestejä. En lue muokattuja viestejä. Lähetä viestisi uudelleen.
input-unknown-command = En tunne tätä komentoa. Kirjoita /help, niin näet, mitä voin tehdä.
input-slow-down = Lähetät paljon viestejä hyvin nopeasti. Odota hetki ja kirjoita sitten uudelleen. En lukenut viimeisiä viestejä.

## Errors

error-generic = Anteeksi, minulla on nyt ongelma. Se ei ole sinun vikasi. Yritä uudelleen hetken päästä.
error-not-allowed = Anteeksi, et voi tehdä tätä.
error-stale-button = Tämä painike ei toimi enää.
