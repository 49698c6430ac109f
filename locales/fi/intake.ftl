# Polku — suomi (Finnish): the dialogue engine's common words and the intake.
# Translated from locales/en/intake.ftl: same message ids. Writing rules: locales/README.md.
# Selkokieli: short sentences, common words, "sinä".
# Terms: intake (questions) = alkukysymykset, career counsellor = uraohjaaja,
# Skills Centre (for Migrants) = (Maahanmuuttajien) osaamiskeskus, work path = työn polku,
# education path = koulutuksen polku, meetings = tapaamiset, data = tiedot,
# TE services = työllisyyspalvelut (TE-palvelut). Button names in the text match the buttons:
# Done = Valmis, Skip = Ohita.

## Buttons and answers that every question shares

dialogue-yes = Kyllä
dialogue-no = Ei
dialogue-done = Valmis
dialogue-skip = Ohita
dialogue-back = ← Takaisin
dialogue-continue = Jatka
dialogue-no-answer = –
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = Vastaa painamalla yhtä painikkeista.
dialogue-invalid-empty = En saanut vastausta. Yritä uudelleen.
dialogue-invalid-long = Vastaus on liian pitkä tähän kysymykseen. Kirjoita lyhyt vastaus.
dialogue-invalid-text = Kirjoita vastauksesi sanoilla. Pelkät merkit eivät riitä.
dialogue-invalid-number = Kirjoita numero, esimerkiksi 3.
dialogue-invalid-year = Kirjoita vuosi neljällä numerolla, esimerkiksi 1990.
dialogue-invalid-date = Kirjoita päivämäärä näin: 31.12.2026.
dialogue-invalid-date-past = Tämä päivä on jo mennyt. Kirjoita tämä päivä tai myöhempi päivä, näin: 31.12.2026.
dialogue-past-date-confirm = { $date } on jo mennyt. Haluatko pitää tämän päivän?
dialogue-past-keep = Kyllä, pidä se
dialogue-past-change = En, kirjoitan toisen päivän
# A short note on the button (plain text).
dialogue-choose-one = Valitse ainakin yksi. Paina sitten Valmis-painiketta.
dialogue-reminder = Et ole vielä vastannut kaikkiin kysymyksiin. Haluatko jatkaa? Se vie vain muutaman minuutin.
dialogue-nothing-waiting = Nyt ei ole avointa kysymystä. Kirjoita /help, niin näet, mitä voit tehdä.
dialogue-cancelled = Selvä, keskeytin. En muuttanut mitään.
dialogue-cancelled-intake = Selvä, keskeytin kysymykset. Voit aloittaa uudelleen komennolla /intake.
dialogue-nothing-to-cancel = Sinulla ei ole nyt kysymyksiä kesken.

## Consent

intake-consent =
    Ennen kuin aloitamme: kysyn sinulta muutamia kysymyksiä elämästäsi, opinnoistasi ja työstäsi. Näin ohjaajasi voi tehdä suunnitelmaa yhdessä sinun kanssasi.

    • Säilytän vastauksesi turvallisesti. Vain ohjaajasi ja osaamiskeskus näkevät ne.
    • Voit milloin tahansa katsoa vastauksesi komennolla /mydata. Voit myös poistaa ne komennolla /forget.

    Sopiiko tämä sinulle?
option-consent-accepted = Kyllä, se sopii
option-consent-later = Ei nyt
intake-consent-declined = Selvä. En tallentanut mitään. Kun olet valmis, kirjoita /intake.

## The questions

intake-preferred-name = Mitä nimeä käytän sinusta?
intake-birth-year = Minä vuonna olet syntynyt? Esimerkiksi: 1990
intake-municipality = Missä asut?
option-municipality = { $name }
option-municipality-elsewhere = Muualla
intake-residence-permit = Onko sinulla oleskelulupa Suomessa?
option-residence_permit-yes = Kyllä
option-residence_permit-in_process = Olen hakenut sitä
option-residence_permit-no = Ei
intake-job-seeker = Oletko ilmoittautunut työttömäksi työnhakijaksi?
option-job_seeker-yes = Kyllä
option-job_seeker-no = Ei
option-job_seeker-not_sure = En ole varma
intake-languages-spoken = Mitä kieliä puhut? Valitse kaikki sopivat. Paina sitten Valmis-painiketta.
option-languages_spoken-fi = suomi
option-languages_spoken-sv = ruotsi
option-languages_spoken-en = englanti
option-languages_spoken-ar = arabia
option-languages_spoken-so = somali
option-languages_spoken-ru = venäjä
option-languages_spoken-uk = ukraina
option-languages_spoken-fa = persia
option-languages_spoken-et = viro
option-languages_spoken-zh = kiina
option-languages_spoken-vi = vietnam
option-languages_spoken-tr = turkki
option-languages_spoken-other = muu kieli
intake-finnish-level = Kuinka hyvin puhut suomea?
intake-swedish-level = Kuinka hyvin puhut ruotsia?
intake-english-level = Kuinka hyvin puhut englantia?
option-level-none = En ollenkaan
option-level-a_little = Vähän
option-level-basics = Jonkin verran
option-level-good = Melko hyvin
option-level-very_good = Hyvin
option-level-fluent = Sujuvasti
intake-education = Mikä on korkein koulutuksesi?
option-education-none = Ei koulutusta
option-education-basic = Peruskoulu
option-education-secondary = Lukio
option-education-vocational = Ammattikoulu
option-education-university = Yliopisto
intake-education-country = Missä maassa opiskelit?
intake-work-fields = Millaista työtä olet tehnyt? Esimerkiksi: siivous, ruoanlaitto, auton ajaminen. Jos et ole ollut töissä, paina Ohita-painiketta.
intake-work-years = Kuinka monta vuotta olet ollut töissä? Kirjoita numero.
intake-goal = Mitä haluat tehdä ensin?
option-goal-work_soon = Mennä töihin pian
option-goal-study_first = Opiskella ensin
option-goal-not_sure = En ole varma
intake-interests = Millainen työ kiinnostaa sinua? Valitse kaikki sopivat. Paina sitten Valmis-painiketta.
option-interests-cleaning = Siivous ja kiinteistönhoito
option-interests-restaurant = Ravintola ja keittiö
option-interests-care = Hoitotyö ja terveys
option-interests-construction = Rakentaminen
option-interests-logistics = Kuljetus ja varasto
option-interests-it = Tietokoneet ja tietotekniikka
option-interests-retail = Kauppa ja myynti
option-interests-beauty = Kampaamo ja kauneudenhoito
option-interests-other = Jokin muu
intake-support-needs = Tarvitsetko apua jossakin näistä asioista? Valitse kaikki sopivat. Paina sitten Valmis-painiketta.
option-support_needs-childcare = Lastenhoito
option-support_needs-health = Terveys
option-support_needs-money = Raha
option-support_needs-housing = Asuminen
option-support_needs-family = Perhe
option-support_needs-none = En tarvitse apua
intake-meeting-times = Milloin voit tulla tapaamisiin? Valitse kaikki sopivat. Paina sitten Valmis-painiketta.
option-meeting_times-mornings = Aamupäivisin
option-meeting_times-afternoons = Iltapäivisin

## Answers that do not fit

intake-invalid-letters = Kirjoita vastaus kirjaimilla.
intake-invalid-too-long = Kirjoita lyhyempi vastaus. Vastauksessa voi olla enintään { $limit } merkkiä.
intake-invalid-name = Kirjoita vain nimi, jota käytän sinusta. Esimerkiksi: Amal.
intake-invalid-birth-year = Kirjoita syntymävuotesi. Sen pitää olla vuosien { $first } ja { $last } välillä.
intake-invalid-work-years = Kirjoita vuosien määrä. Sen pitää olla 0–60.

## Summary and corrections

intake-summary =
    Tässä ovat vastauksesi. Tarkista ne.

    <b>Nimi:</b> { $name }
    <b>Syntymävuosi:</b> { $birth_year }
    <b>Kotikunta:</b> { $municipality }
    <b>Oleskelulupa:</b> { $permit }
    <b>Työtön työnhakija:</b> { $job_seeker }
    <b>Kielet:</b> { $languages }
    <b>Suomen kieli:</b> { $finnish } · <b>Ruotsin kieli:</b> { $swedish } · <b>Englannin kieli:</b> { $english }
    <b>Koulutus:</b> { $education } ({ $country })
    <b>Työ:</b> { $work } ({ $years })
    <b>Tavoite:</b> { $goal }
    <b>Kiinnostavat työt:</b> { $interests }
    <b>Avun tarve:</b> { $support }
    <b>Tapaamiset:</b> { $times }

    Onko kaikki oikein?
option-summary-confirm = Kyllä, kaikki on oikein
option-summary-change = Haluan muuttaa jotain
intake-pick-change = Mitä haluat muuttaa?
slot-preferred_name = Nimi
slot-birth_year = Syntymävuosi
slot-municipality = Kotikunta
slot-residence_permit = Oleskelulupa
slot-job_seeker = Työnhakija
slot-languages_spoken = Kielet
slot-finnish_level = Suomen kieli
slot-swedish_level = Ruotsin kieli
slot-english_level = Englannin kieli
slot-education = Koulutus
slot-work_fields = Työ
slot-goal = Tavoite
slot-interests = Kiinnostavat työt
slot-support_needs = Avun tarve
slot-meeting_times = Tapaamiset

## Eligibility

intake-refused-too-young =
    Kiitos vastauksistasi. Olen pahoillani: Maahanmuuttajien osaamiskeskus ei voi ottaa sinua mukaan nyt. Osaamiskeskus on aikuisille, jotka ovat vähintään 18-vuotiaita. Sen koulutus ja työkokeilut ovat aikuisille.
    { $told ->
        [yes] Kerroin tästä ohjaajallesi.
       *[no] Kerro tästä osaamiskeskuksen toimistoon.
    }
    Työvoimatoimisto voi kertoa sinulle muista palveluista. Voit kysyä myös International House Helsinki -palvelupisteestä tai oman kuntasi neuvontapisteestä.
    Oliko vastauksesi väärä? Paina nappia. Jos haluat aloittaa alusta, kirjoita /intake.
intake-refused-outside-area =
    Kiitos vastauksistasi. Olen pahoillani: Maahanmuuttajien osaamiskeskus ei voi ottaa sinua mukaan nyt. Osaamiskeskus on ihmisille, jotka asuvat sen alueella. Alueen kunnat maksavat sen.
    { $told ->
        [yes] Kerroin tästä ohjaajallesi.
       *[no] Kerro tästä osaamiskeskuksen toimistoon.
    }
    Työvoimatoimisto voi kertoa sinulle palveluista siellä, missä asut. Voit kysyä myös International House Helsinki -palvelupisteestä tai oman kuntasi neuvontapisteestä.
    Oliko vastauksesi väärä? Paina nappia. Jos haluat aloittaa alusta, kirjoita /intake.
intake-refused-no-permit =
    Kiitos vastauksistasi. Olen pahoillani: Maahanmuuttajien osaamiskeskus ei voi ottaa sinua mukaan nyt. Tarvitset oleskeluluvan, tai sinun pitää olla hakenut sitä. Tarvitset luvan, kun opiskelet ja teet töitä Suomessa.
    { $told ->
        [yes] Kerroin tästä ohjaajallesi.
       *[no] Kerro tästä osaamiskeskuksen toimistoon.
    }
    Maahanmuuttovirasto (Migri) kertoo oleskeluluvasta. Voit kysyä myös International House Helsinki -palvelupisteestä tai oman kuntasi neuvontapisteestä.
    Oliko vastauksesi väärä? Paina nappia. Jos haluat aloittaa alusta, kirjoita /intake.
intake-refused-not-job-seeker =
    Kiitos vastauksistasi. Olen pahoillani: Maahanmuuttajien osaamiskeskus ei voi ottaa sinua mukaan nyt. Osaamiskeskus on työttömille työnhakijoille. Se auttaa ihmisiä töihin tai koulutukseen, joka vie töihin.
    { $told ->
        [yes] Kerroin tästä ohjaajallesi.
       *[no] Kerro tästä osaamiskeskuksen toimistoon.
    }
    Jos jäät työttömäksi, työvoimatoimisto auttaa sinua. Se auttaa myös, kun haluat ilmoittautua työnhakijaksi. Kirjoita sitten /intake, niin aloitat alusta.
    Oliko vastauksesi väärä? Paina nappia.
intake-refused-pressed-wrong = Painoin väärää nappia
intake-refused-typed-wrong = Kirjoitin väärän vuoden

## The proposal

intake-done = Kiitos! Tallensin vastauksesi. Ohjaajasi näkee ne.
intake-path-work_first = Ehdotan sinulle <b>työn polkua</b>. Etsit töitä pian, ja saat siihen tukea.
intake-path-education_first = Ehdotan sinulle <b>koulutuksen polkua</b>. Opiskelet ensin. Sen jälkeen etsit töitä.
path-reason-goal-study = • Haluat opiskella ensin.
path-reason-goal-work = • Haluat mennä töihin pian.
path-reason-language = • Osaat jo kieltä, jota voit käyttää työssä.
path-reason-language-first = • Kun opit ensin suomea, saat helpommin töitä.
path-reason-work-after = • Sen jälkeen polku vie töihin, kuten haluat.
path-reason-skills = • Sinulla on koulutusta tai työkokemusta.
path-reason-training = • Koulutuksessa saat taitoja, joita työnantajat etsivät.
intake-next-steps = Ohjaajasi puhuu tästä kanssasi. Teette suunnitelmasi yhdessä. Voit katsoa vastauksesi komennolla /profile.
path-work_first = työn polku
path-education_first = koulutuksen polku

## Notices to the counsellor

notice-intake-done =
    <b>{ $name }</b> vastasi alkukysymyksiin.
    Toivottu nimi: { $preferred }
    Ehdotettu polku: <b>{ $path }</b> (perusteet: { $reasons })
    Tavoite: { $goal } · Suomen kieli: { $finnish }
    Avun tarve: { $support }
    Tapaamiset: { $times }
# Miksi polkua ehdotettiin, uraohjaajalle (yhdeksi lauseeksi).
notice-reason-goal-study = haluaa opiskella ensin
notice-reason-goal-work = haluaa töihin pian
notice-reason-language = osaa jo työssä käytettävää kieltä
notice-reason-language-first = tarvitsee ensin suomen kieltä
notice-reason-work-after = haluaa töihin, kun on oppinut suomea
notice-reason-skills = hänellä on koulutusta tai työkokemusta
notice-reason-training = saisi koulutuksesta taitoja
notice-intake-not-eligible = Osaamiskeskus ei voi ottaa mukaan henkilöä <b>{ $name }</b>. Syy: { $rules }. Polku ei säilyttänyt hänen vastauksiaan. Voit halutessasi ottaa häneen yhteyttä.
notice-eligibility-too-young = alle 18-vuotias
notice-eligibility-outside-area = asuu osaamiskeskuksen alueen ulkopuolella
notice-eligibility-no-permit = hänellä ei ole oleskelulupaa
notice-eligibility-not-job-seeker = hän ei ole työtön työnhakija
notice-learner-left = Yksi oppijoistasi poisti tietonsa Polusta ja lähti. Hän ei ole enää listallasi.

## The learner's own data

profile-empty = Et ole vielä vastannut alkukysymyksiin. Kirjoita /intake, niin voit aloittaa.
profile-answers =
    <b>Vastauksesi</b>

    <b>Nimi:</b> { $name }
    <b>Syntymävuosi:</b> { $birth_year }
    <b>Kotikunta:</b> { $municipality }
    <b>Oleskelulupa:</b> { $permit }
    <b>Työtön työnhakija:</b> { $job_seeker }
    <b>Kielet:</b> { $languages }
    <b>Suomen kieli:</b> { $finnish } · <b>Ruotsin kieli:</b> { $swedish } · <b>Englannin kieli:</b> { $english }
    <b>Koulutus:</b> { $education } ({ $country })
    <b>Työ:</b> { $work } ({ $years })
    <b>Tavoite:</b> { $goal }
    <b>Kiinnostavat työt:</b> { $interests }
    <b>Avun tarve:</b> { $support }
    <b>Tapaamiset:</b> { $times }
    <b>Ehdotettu polku:</b> { $path }

    { $change ->
        [buttons] Jos haluat muuttaa vastausta, paina sen painiketta.
       *[command] Jos haluat muuttaa vastausta, kirjoita /profile.
    }
mydata-person =
    <b>Tiedot, jotka Polku säilyttää sinusta</b>
    Nimi Telegramissa: { $name }
    Kieli: { $language }
    Liityit: { $joined }
    Ohjaajasi: { $counsellor }
# $when is a date and time, for example "5.12.2025 14.30".
mydata-consent = Annoit luvan alkukysymyksiin { $when }.
mydata-in-progress =
    Olet aloittanut alkukysymykset. Säilytän { $count ->
        [one] yhden vastauksen
       *[other] { $count } vastausta
    }, kunnes vastaat kaikkiin kysymyksiin.
mydata-how-to-forget = Jos haluat poistaa kaikki nämä tiedot, kirjoita /forget.
forget-confirm = Haluatko, että poistan kaikki tietosi? Kerron ohjaajallesi, että lähdit. Et saa tietoja enää takaisin.
forget-yes = Kyllä, poista kaikki
forget-no = Ei, säilytä tiedot
forget-kept = Selvä. En poistanut mitään.
forget-expired = Tämä kysymys on vanha, joten en poistanut mitään. Jos haluat, että poistan tietosi, kirjoita uudelleen /forget.
forget-done = Poistin tietosi. Kiitos, että käytit Polkua. Jos haluat palata, pyydä uusi kutsulinkki ohjaajaltasi.

## Language detection

# $language is a language name from option-languages_spoken-*, for example "arabia".
language-offer = Kirjoitit ehkä tällä kielellä: { $language }. Haluatko, että kirjoitan sinulle sillä kielellä?
# Shown in the offered language itself (the button's own language).
language-switch = Kyllä, vaihda kieli
language-keep = Ei, jatka tällä kielellä
# A short note on the button (plain text).
language-kept = Selvä, jatkan tällä kielellä.
