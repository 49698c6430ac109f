# Polku — Soomaali (Somali). Translated from locales/en/main.ftl: same message ids.
# Writing rules: locales/README.md. Short sentences, common words, the reader is "adiga" (singular).
# Terms: learner = arday, career counsellor = la-taliyaha shaqada (short: la-taliye),
# coordinator = isku-duwe, invite link = linkiga casuumadda, meeting = ballan,
# Skills Centre for Migrants = Xarunta Xirfadaha ee Soo-galootiga.
# A person whose gender is not known is "he" (wuxuu, inuu), as in Somali public texts.

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = Soomaali
language-first = Luqaddee ayaad rabtaa inaan kuugu qoro? Mar dambe waad ku beddeli kartaa /language.
language-choose = Dooro luqaddaada.
language-set = Hagaag. Hadda waxaan kuugu qori doonaa af Soomaali.

language-settings =
    Dooro luqaddaada.

    Luqaddaada labaad: { $second }. Haddii fariin aysan ku jirin luqaddaada, waxaad ku helaysaa luqaddaada labaad.
language-second-none = midna
language-second-button = Luqad labaad
language-second-choose = Dooro luqad labaad. Waxaan isticmaalayaa marka fariin aysan ku jirin luqaddaada.
language-second-nothing = Luqad labaad ma rabo
language-second-set = Hagaag. Luqaddaada labaad hadda waa { $second }.
language-second-removed = Hagaag. Hadda luqad labaad ma lihid.
language-practice-on = Ku celceli af Finland
language-practice-off = Jooji celcelinta af Finland
practice-started = Celcelinta af Finland way shaqaynaysaa. Fariin kasta waxaad sidoo kale ku helaysaa af Finland fudud. Qor /suomi si aad u joojiso.
practice-stopped = Celcelinta af Finland waa la joojiyay. Qor /suomi si aad mar kale u bilowdo.
practice-finnish = Horeba af Finland ayaan kuugu qoraa. Si aad u celceliso, marka hore luqad kale ka dooro /language.
# The heading above the Finnish text under each message, in Finnish practice.
practice-in-finnish = Af Finland:
mydata-reading =
    Luqadda labaad: { $second }.
    Celcelinta af Finland: { $practice ->
        [on] way shaqaynaysaa
       *[off] ma shaqaynayso
    }.

## Starting and invites

start-no-invite =
    Salaan! Waxaan ahay Polku, kaaliyaha Xarunta Xirfadaha ee Soo-galootiga.
    Si aad u bilowdo, waxaad u baahan tahay linkiga casuumadda. Waxaad ka helaysaa la-taliyahaaga. Linkiga ka codso la-taliyahaaga. Kadibna linkiga ku fur telefoonkan.
start-invite-invalid = Linkiga casuumaddan ma shaqaynayo. Fadlan hubi inaad haysato linkiga oo dhan. Ama la-taliyahaaga ka codso linki casuumad oo cusub.
start-invite-expired = Wakhtiga linkiga casuumaddan waa dhammaaday. Fadlan la-taliyahaaga ka codso linki casuumad oo cusub.
start-invite-used = Qof ayaa horay u isticmaalay linkiga casuumaddan. Fadlan la-taliyahaaga ka codso linki casuumad oo cusub.
start-already-joined = Horay ayaad ugu soo biirtay, { $name }. Uma baahnid casuumad cusub.
start-welcome-back = Ku soo dhawoow mar kale, { $name }!
start-welcome-learner =
    Ku soo dhawoow, { $name }! Waxaan ahay Polku.
    Waxaan kaa caawinayaa inaad raacdo qorshahaaga. Waxaan ku xasuusinayaa maalmaha muhiimka ah. Waxaan sidoo kale kaa caawinayaa inaad la xiriirto la-taliyahaaga.
start-welcome-counsellor =
    Ku soo dhawoow, { $name }! Hadda Polku waxaad ku tahay la-taliye shaqo.
    Ardaydaada waxaad ku casuumi kartaa /invite. Waan kuu sheegi doonaa marka ay soo biiraan. Waan kuu sheegi doonaa marka ay caawimadaada u baahdaan.
start-welcome-coordinator =
    Ku soo dhawoow, { $name }! Hadda Polku waxaad ku tahay isku-duwe.
    La-taliyayaasha shaqada iyo isku-duwayaasha waxaad ku casuumi kartaa /invite.

## Help, one text for each role

help-visitor =
    Waxaan ahay Polku, kaaliyaha Xarunta Xirfadaha ee Soo-galootiga.
    Si aad ii isticmaasho, waxaad u baahan tahay linkiga casuumadda. Waxaad ka helaysaa la-taliyahaaga.
    /language – dooro luqaddaada
help-learner =
    Waxa aad samayn karto:
    /plan – arag qorshahaaga, calaamadee tallaabooyinka
    /book – ballan ka qabso la-taliyahaaga
    /appointments – arag, beddel ama baaji ballamahaaga
    /mood – sheeg sida ay kuu socoto
    /counsellor – la-taliyahaagu ha kula soo xiriiro
    /intake – mar kale ka jawaab su'aalaha bilowga
    /profile – arag oo beddel jawaabahaaga
    /mydata – arag waxa Polku kaa hayo
    /forget – tirtir xogtaada
    /cancel – jooji su'aalaha
    /language – beddel luqadda
    /help – tus liiskan
help-counsellor =
    Waxa aad samayn karto:
    /learners – arag ardaydaada iyo qorshayaashooda
    /appointments – arag oo baaji ballamahaaga
    /escalations – arday hadda kuu baahan kara
    /invite – u samee arday cusub linki casuumad
    /cancel – jooji ku darista tallaabada
    /language – beddel luqadda
    /help – tus fariintan
help-coordinator =
    Waxa aad samayn karto:
    /invite – u samee linki casuumad la-taliye shaqo ama isku-duwe
    /staff – jooji ama soo celi xaqa isticmaalka shaqaalaha, u wareeji ardayda, dooro la-taliyayaal beddel ah
    /campaign – u dir xasuusin kooxaha ardayda, arag horudhac iyo warbixinno
    /escalations – ogeysiisyada furan ee ardayda
    /language – beddel luqadda
    /help – tus fariintan

## The command menu (short, plain text, no formatting)

command-start = Bilow
command-help = Caawimo
command-language = Beddel luqadda
command-suomi = Ku celceli af Finland: fariimaha oo af Finland ah sidoo kale
command-invite = Samee linki casuumad
command-intake = Ka jawaab su'aalaha bilowga
command-profile = Arag oo beddel jawaabahaaga
command-mydata = Arag xogtaada
command-forget = Tirtir xogtaada
command-cancel = Jooji su'aalaha
command-learners = Ardaydaada iyo qorshayaashooda
command-plan = Qorshahaaga
command-book = Qabso ballan
command-appointments = Ballamahaaga
command-mood = Sheeg sida aad tahay
command-checkin = Dooro goorta aan ku weydiiyo sida aad tahay
command-counsellor = La hadal la-taliyahaaga
command-escalations = Arday kuu baahan kara

## Making invites

invite-choose-role = Yaad rabtaa inaad casuunto?
invite-role-counsellor = La-taliye shaqo
invite-role-coordinator = Isku-duwe
invite-created-learner =
    Waa kan linki casuumad oo loogu talagalay hal arday oo cusub. U dir qofkaas oo keliya. Hal mar oo keliya ayaa la isticmaali karaa. Wuxuu shaqaynayaa ilaa { $expires }.

    { $link }
invite-created-counsellor =
    Waa kan linki casuumad oo loogu talagalay hal la-taliye shaqo. U dir qofkaas oo keliya. Hal mar oo keliya ayaa la isticmaali karaa. Wuxuu shaqaynayaa ilaa { $expires }.

    { $link }
invite-created-coordinator =
    Waa kan linki casuumad oo loogu talagalay hal isku-duwe. U dir qofkaas oo keliya. Hal mar oo keliya ayaa la isticmaali karaa. Wuxuu shaqaynayaa ilaa { $expires }.

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = Ardaygii aad casuuntay ayaa Polku ku soo biiray: <b>{ $name }</b>. Hadda waa mid ka mid ah ardaydaada.
notice-staff-joined =
    Qof cusub ayaa Polku ku soo biiray: <b>{ $name }</b>. Waa { $role ->
        [coordinator] isku-duwe
       *[counsellor] la-taliye shaqo
    }.

## Input that Polku does not take

input-text = Waan ka xumahay, ma aan fahmin. Qor /help si aad u aragto waxa aan samayn karo.
input-long-text = Fariintaadu aad bay ii dheer tahay. Fadlan qor fariin ka gaaban.
input-media = Qoraal oo keliya ayaan akhriyi karaa. Fadlan fariintaada qoraal ahaan u qor.
input-private-data = Mahadsanid, laakiin uma baahni meesha aad joogto ama lambarada dadka aad taqaan. Waxba ma kaydin.
input-edited = Fariimo cusub oo keliya ayaan akhriyi karaa, isbeddelada ma akhriyi karo. Fadlan fariintaada mar kale soo dir.
input-unknown-command = Amarkan ma aqaan. Qor /help si aad u aragto waxa aan samayn karo.
input-slow-down = Fariimo badan ayaad si degdeg ah u soo dirtay. Fadlan in yar sug, kadib mar kale qor. Fariimihii ugu dambeeyay ma aan akhrin.

## Errors

error-generic = Waan ka xumahay, khalad ayaa dhinacayga ka dhacay. Fadlan mar kale isku day wax yar kadib.
error-not-allowed = Waan ka xumahay, tan ma samayn kartid.
error-stale-button = Badhankan hadda ma shaqaynayo.
