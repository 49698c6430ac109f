# Polku — eesti keel (Estonian). Translated from locales/en/main.ftl: same message ids.
# Writing rules: locales/README.md. Lihtne keel: short sentences, common words. The reader
# is addressed as "teie" (lowercase "te"), as Estonian public services address adults.
# Terms: learner = õppija, career counsellor = nõustaja, coordinator = koordinaator,
# invite link = kutselink, Skills Centre for Migrants = Sisserändajate oskuste keskus.
# Names come in the nominative: write "Kohtumine: { $counsellor }", not an inflected name.

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = Eesti
language-first = Mis keeles te soovite, et ma kirjutaksin? Keelt saate hiljem muuta käsuga /language.
language-choose = Valige keel.
language-set = Hästi. Nüüd kirjutan teile eesti keeles.

language-settings =
    Valige keel.

    Teie teine keel: { $second }. Kui mõni sõnum teie keeles puudub, saate selle oma teises keeles.
language-second-none = puudub
language-second-button = Teine keel
language-second-choose = Valige teine keel. Kasutan seda, kui mõni sõnum teie keeles puudub.
language-second-nothing = Teist keelt ei ole
language-second-set = Hästi. Teie teine keel on nüüd { $second }.
language-second-removed = Hästi. Teil ei ole nüüd teist keelt.
language-practice-on = Harjuta soome keelt
language-practice-off = Lõpeta soome keele harjutamine
practice-started = Soome keele harjutamine on sees. Saate iga sõnumi ka lihtsas soome keeles. Lõpetamiseks kirjutage /suomi.
practice-stopped = Soome keele harjutamine on väljas. Uuesti alustamiseks kirjutage /suomi.
practice-finnish = Ma juba kirjutan teile soome keeles. Harjutamiseks valige kõigepealt käsuga /language mõni teine keel.
# The heading above the Finnish text under each message, in Finnish practice.
practice-in-finnish = Soome keeles:
mydata-reading =
    Teine keel: { $second }.
    Soome keele harjutamine: { $practice ->
        [on] sees
       *[off] väljas
    }.

## Starting and invites

start-no-invite =
    Tere! Mina olen Polku, Sisserändajate oskuste keskuse abiline.
    Alustamiseks on teil vaja kutselinki. Kutselingi saate oma nõustajalt. Küsige nõustajalt linki ja avage see siis selles telefonis.
start-invite-invalid = See kutselink ei tööta. Kontrollige, et teil on kogu link. Võite ka küsida nõustajalt uue lingi.
start-invite-expired = See kutselink on liiga vana. Küsige nõustajalt uus link.
start-invite-used = Keegi on seda kutselinki juba kasutanud. Küsige nõustajalt uus link.
start-already-joined = Te olete juba liitunud, { $name }. Uut kutset pole vaja.
start-welcome-back = Tere jälle, { $name }!
start-welcome-learner =
    Tere tulemast, { $name }! Mina olen Polku.
    Aitan teil oskuste keskuses oma plaani järgida. Tuletan teile meelde tähtsaid kuupäevi. Aitan teil ka oma nõustajaga ühendust võtta.
start-welcome-counsellor =
    Tere tulemast, { $name }! Nüüd olete Polkus nõustaja.
    Oma õppijaid saate kutsuda käsuga /invite. Annan teile teada, kui õppija liitub. Annan teada ka siis, kui õppija vajab teie abi.
start-welcome-coordinator =
    Tere tulemast, { $name }! Nüüd olete Polkus koordinaator.
    Nõustajaid ja koordinaatoreid saate kutsuda käsuga /invite.

## Help, one text for each role

help-visitor =
    Mina olen Polku, Sisserändajate oskuste keskuse abiline.
    Minu kasutamiseks on teil vaja kutselinki. Kutselingi saate oma nõustajalt.
    /language – valige keel
help-learner =
    Mida te saate teha:
    /plan – vaadake oma plaani ja märkige sammud tehtuks
    /book – broneerige kohtumine nõustajaga
    /appointments – vaadake, muutke või tühistage oma kohtumisi
    /mood – öelge, kuidas läheb
    /counsellor – paluge nõustajal teiega ühendust võtta
    /intake – vastake algküsimustele uuesti
    /profile – vaadake ja muutke oma vastuseid
    /mydata – vaadake, mida Polku teie kohta hoiab
    /forget – kustutage oma andmed
    /cancel – lõpetage küsimused
    /language – muutke keelt
    /help – vaadake seda nimekirja
help-counsellor =
    Mida te saate teha:
    /learners – vaadake oma õppijaid ja nende plaane
    /appointments – vaadake ja tühistage oma kohtumisi
    /escalations – õppijad, kes võivad teid praegu vajada
    /invite – tehke uuele õppijale kutselink
    /cancel – lõpetage sammu lisamine
    /language – muutke keelt
    /help – vaadake seda sõnumit uuesti
help-coordinator =
    Mida te saate teha:
    /invite – tehke kutselink nõustajale või koordinaatorile
    /staff – lõpetage või taastage töötajate ligipääs, viige õppijaid üle, määrake asendusnõustajad
    /campaign – saatke õppijate rühmadele meeldetuletusi, vaadake eelvaateid ja aruandeid
    /escalations – avatud teated õppijate kohta
    /language – muutke keelt
    /help – vaadake seda sõnumit uuesti

## The command menu (short, plain text, no formatting)

command-start = Alusta
command-help = Abi
command-language = Muuda keelt
command-suomi = Harjuta soome keelt: sõnumid ka soome keeles
command-invite = Tee kutselink
command-intake = Vasta algküsimustele
command-profile = Vaata ja muuda oma vastuseid
command-mydata = Vaata oma andmeid
command-forget = Kustuta oma andmed
command-cancel = Lõpeta küsimused
command-learners = Teie õppijad ja nende plaanid
command-plan = Teie plaan
command-book = Broneeri kohtumine
command-appointments = Teie kohtumised
command-mood = Ütle, kuidas läheb
command-checkin = Vali, millal ma küsin, kuidas läheb
command-counsellor = Räägi oma nõustajaga
command-escalations = Õppijad, kes võivad teid vajada

## Making invites

invite-choose-role = Keda te soovite kutsuda?
invite-role-counsellor = Nõustaja
invite-role-coordinator = Koordinaator
invite-created-learner =
    Siin on kutselink ühele uuele õppijale. Saatke see ainult sellele inimesele. Link töötab üks kord ja kehtib kuni { $expires }.

    { $link }
invite-created-counsellor =
    Siin on kutselink ühele nõustajale. Saatke see ainult sellele inimesele. Link töötab üks kord ja kehtib kuni { $expires }.

    { $link }
invite-created-coordinator =
    Siin on kutselink ühele koordinaatorile. Saatke see ainult sellele inimesele. Link töötab üks kord ja kehtib kuni { $expires }.

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = <b>{ $name }</b> liitus teie kutse kaudu Polkuga. Nüüd on ta üks teie õppijatest.
notice-staff-joined =
    <b>{ $name }</b> liitus Polkuga. Roll: { $role ->
        [coordinator] koordinaator
       *[counsellor] nõustaja
    }.

## Input that Polku does not take

input-text = Vabandust, ma ei saanud aru. Kirjutage /help, siis näete, mida ma oskan.
input-long-text = Teie sõnum on minu jaoks liiga pikk. Palun kirjutage lühem sõnum.
input-media = Ma oskan lugeda ainult teksti. Palun kirjutage oma sõnum.
input-private-data = Aitäh, kuid mul ei ole vaja teie asukohta ega kontakte. Ma ei salvestanud neid.
input-edited = Ma loen ainult uusi sõnumeid, mitte muudatusi. Palun saatke oma sõnum uuesti.
input-unknown-command = Ma ei tunne seda käsku. Kirjutage /help, siis näete, mida ma oskan.
input-slow-down = Te saadate väga kiiresti palju sõnumeid. Palun oodake natuke ja kirjutage siis uuesti. Viimaseid sõnumeid ma ei lugenud.

## Errors

error-generic = Vabandust, minu poolel läks midagi valesti. Palun proovige natukese aja pärast uuesti.
error-not-allowed = Vabandust, seda te teha ei saa.
error-stale-button = See nupp enam ei tööta.
