# Polku — Soomaali (Somali): the dialogue engine's common words and the intake.
# Translated from locales/en/intake.ftl: same message ids. Writing rules: locales/README.md.
# Terms: intake (questions) = su'aalaha bilowga, career counsellor = la-taliyaha shaqada,
# residence permit = sharciga deganaanshaha, work path = waddada shaqada,
# education path = waddada waxbarashada, employment office = xafiiska shaqada (adeegyada TE).
# Button names in the text match the buttons: Done = "Waan dhammeeyay", Skip = "Ka bood".

## Buttons and answers that every question shares

dialogue-yes = Haa
dialogue-no = Maya
dialogue-done = Waan dhammeeyay
dialogue-skip = Ka bood
dialogue-back = ← Dib u noqo
dialogue-continue = Sii wad
dialogue-no-answer = –
# A question once answered: its text, then the answer (the buttons are gone).
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = Fadlan ku jawaab mid ka mid ah badhamada.
dialogue-invalid-empty = Jawaab ma aan helin. Fadlan mar kale isku day.
dialogue-invalid-long = Taasi aad bay ugu dheer tahay su'aashan. Fadlan qor jawaab gaaban.
dialogue-invalid-text = Fadlan ku jawaab erayo, ee ha qorin calaamado oo keliya.
dialogue-invalid-number = Fadlan qor tiro, tusaale ahaan 3.
dialogue-invalid-year = Fadlan qor sannad ka kooban afar tiro, tusaale ahaan 1990.
dialogue-invalid-date = Fadlan taariikhda u qor sidan: 31.12.2026.
dialogue-invalid-date-past = Taariikhdaasi way dhaaftay. Fadlan qor taariikhda maanta ama mid ka dambaysa, sidan: 31.12.2026.
dialogue-past-date-confirm = { $date } way dhaaftay. Ma rabtaa inaad taariikhdan sii haysato?
dialogue-past-keep = Haa, sii hay
dialogue-past-change = Maya, mid kale ayaan qorayaa
# A short note on the button (plain text).
dialogue-choose-one = Ugu yaraan mid dooro, kadibna riix "Waan dhammeeyay".
dialogue-reminder = Weli ma aadan dhammaysan jawaabahaaga. Ma rabtaa inaad sii wadato? Dhawr daqiiqo oo keliya ayay qaadanaysaa.
dialogue-nothing-waiting = Hadda ma jirto su'aal furan. Qor /help si aad u aragto waxa aad samayn karto.
dialogue-cancelled = Hagaag, waan joojinnay. Waxba ma beddelin.
dialogue-cancelled-intake = Hagaag, waan joojinnay. Mar kale waxaad ku bilaabi kartaa /intake.
dialogue-nothing-to-cancel = Hadda ma jiro wax la joojiyo.

## Consent

intake-consent =
    Inta aynaan bilaabin: waxaan ku weydiin doonaa su'aalo ku saabsan noloshaada, waxbarashadaada iyo shaqadaada. Jawaabahaagu waxay ka caawinayaan la-taliyahaaga inuu qorshahaaga kula sameeyo.

    • Jawaabahaaga si ammaan ah ayaan u hayaa. Waxaa arki kara oo keliya la-taliyahaaga iyo Xarunta Xirfadaha.
    • Wakhti kasta jawaabahaaga waxaad ku arki kartaa /mydata. Waxaad ku tirtiri kartaa /forget.

    Ma ku raacsan tahay?
option-consent-accepted = Haa, waan raacsanahay
option-consent-later = Hadda maya
intake-consent-declined = Waa hagaag. Waxba ma aan kaydin. Marka aad diyaar tahay, qor /intake.

## The questions

intake-preferred-name = Magacee ayaad rabtaa inaan kugu yeero?
intake-birth-year = Sannadkee ayaad dhalatay? Tusaale ahaan: 1990
intake-municipality = Magaaladee ayaad ku nooshahay?
option-municipality = { $name }
option-municipality-elsewhere = Meel kale
intake-residence-permit = Ma haysataa sharciga deganaanshaha Finland?
option-residence_permit-yes = Haa
option-residence_permit-in_process = Waan codsaday
option-residence_permit-no = Maya
intake-job-seeker = Ma isku diiwaangelisay shaqo-doon aan shaqo haysan?
option-job_seeker-yes = Haa
option-job_seeker-no = Maya
option-job_seeker-not_sure = Ma hubo
intake-languages-spoken = Luqadahee ayaad ku hadashaa? Dooro dhammaan, kadibna riix "Waan dhammeeyay".
option-languages_spoken-fi = Af-Finish
option-languages_spoken-sv = Af-Iswiidhish
option-languages_spoken-en = Af-Ingiriis
option-languages_spoken-ar = Af-Carabi
option-languages_spoken-so = Af-Soomaali
option-languages_spoken-ru = Af-Ruush
option-languages_spoken-uk = Af-Yukreeni
option-languages_spoken-fa = Af-Faarsi
option-languages_spoken-et = Af-Estooniyaan
option-languages_spoken-zh = Af-Shiinays
option-languages_spoken-vi = Af-Fiyetnaamiis
option-languages_spoken-tr = Af-Turki
option-languages_spoken-other = Luqad kale
intake-finnish-level = Intee le'eg ayaad ugu hadashaa Af-Finish?
intake-swedish-level = Intee le'eg ayaad ugu hadashaa Af-Iswiidhish?
intake-english-level = Intee le'eg ayaad ugu hadashaa Af-Ingiriis?
option-level-none = Waxba
option-level-a_little = Erayo yar
option-level-basics = Waxyaabo fudud
option-level-good = Arrimaha maalin kasta
option-level-very_good = Si fiican
option-level-fluent = Si aad u fiican
intake-education = Waa maxay waxbarashadaada ugu sarreysa?
option-education-none = Iskuul ma aan dhigan
option-education-basic = Dugsiga hoose-dhexe
option-education-secondary = Dugsiga sare
option-education-vocational = Dugsiga xirfadda
option-education-university = Jaamacad
intake-education-country = Dalkee ayaad wax ku baratay?
intake-work-fields = Shaqo noocee ah ayaad qabatay? Tusaale ahaan: nadiifin, cunto karis, darawalnimo. Haddii aadan shaqayn, riix "Ka bood".
intake-work-years = Immisa sano ayaad shaqaysay? Qor tiro.
intake-goal = Maxaad rabtaa inaad marka hore samayso?
option-goal-work_soon = Inaan dhowaan shaqeeyo
option-goal-study_first = Inaan marka hore wax barto
option-goal-not_sure = Ma hubo
intake-interests = Shaqo noocee ah ayaa ku xiisaysa? Dooro dhammaan, kadibna riix "Waan dhammeeyay".
option-interests-cleaning = Nadiifin iyo daryeelka dhismayaasha
option-interests-restaurant = Maqaayad iyo jiko
option-interests-care = Daryeel iyo caafimaad
option-interests-construction = Dhismo
option-interests-logistics = Gaadiid iyo bakhaar
option-interests-it = Kombiyuutar iyo tiknoolajiyad
option-interests-retail = Dukaan iyo iibin
option-interests-beauty = Timo iyo qurxin
option-interests-other = Wax kale
intake-support-needs = Ma u baahan tahay caawimo mid ka mid ah kuwan? Dooro dhammaan, kadibna riix "Waan dhammeeyay".
option-support_needs-childcare = Daryeelka carruurta
option-support_needs-health = Caafimaad
option-support_needs-money = Lacag
option-support_needs-housing = Guri
option-support_needs-family = Qoys
option-support_needs-none = Caawimo uma baahni
intake-meeting-times = Goorma ayaad iman kartaa ballamaha? Dooro dhammaan, kadibna riix "Waan dhammeeyay".
option-meeting_times-mornings = Subaxda
option-meeting_times-afternoons = Galabta

## Answers that do not fit

intake-invalid-letters = Fadlan ku qor xarfo.
intake-invalid-too-long = Fadlan qor jawaab ka gaaban. Ugu badnaan { $limit } xaraf.
intake-invalid-name = Fadlan qor oo keliya magaca aad rabto inaan kugu yeero, tusaale ahaan: Amal.
intake-invalid-birth-year = Fadlan qor sannadka aad dhalatay. Waa inuu u dhexeeyaa { $first } iyo { $last }.
intake-invalid-work-years = Fadlan qor tirada sannadaha, 0 ilaa 60.

## Summary and corrections

intake-summary =
    Waa kuwan jawaabahaaga. Fadlan hubi.

    <b>Magaca:</b> { $name }
    <b>Sannadka dhalashada:</b> { $birth_year }
    <b>Magaalada:</b> { $municipality }
    <b>Sharciga deganaanshaha:</b> { $permit }
    <b>Shaqo-doon diiwaangashan:</b> { $job_seeker }
    <b>Luqadaha:</b> { $languages }
    <b>Af-Finish:</b> { $finnish } · <b>Af-Iswiidhish:</b> { $swedish } · <b>Af-Ingiriis:</b> { $english }
    <b>Waxbarasho:</b> { $education } ({ $country })
    <b>Shaqo:</b> { $work } ({ $years })
    <b>Hadafka koowaad:</b> { $goal }
    <b>Xiisaha:</b> { $interests }
    <b>Caawimo aad u baahan tahay:</b> { $support }
    <b>Ballamaha:</b> { $times }

    Wax walba ma sax yihiin?
option-summary-confirm = Haa, wax walba waa sax
option-summary-change = Waxaan rabaa inaan wax beddelo
intake-pick-change = Maxaad rabtaa inaad beddesho?
slot-preferred_name = Magaca
slot-birth_year = Sannadka dhalashada
slot-municipality = Magaalada
slot-residence_permit = Sharciga deganaanshaha
slot-job_seeker = Shaqo-doon
slot-languages_spoken = Luqadaha
slot-finnish_level = Af-Finish
slot-swedish_level = Af-Iswiidhish
slot-english_level = Af-Ingiriis
slot-education = Waxbarasho
slot-work_fields = Shaqo
slot-goal = Hadafka koowaad
slot-interests = Xiisaha
slot-support_needs = Caawimo aad u baahan tahay
slot-meeting_times = Ballamaha

## Eligibility

# One message when someone cannot be accepted: what the centre needs and why, whether the
# counsellor knows, where else to turn, and how to correct or start again.
intake-refused-too-young =
    Mahadsanid jawaabahaaga. Waan ka xumahay: hadda Xarunta Xirfadaha ee Soo-galootiga kuma aqbali karto. Xaruntu waxay u furan tahay dadka 18 jir iyo ka weyn. Tababarkeeda iyo tijaabada shaqadu waxay u samaysan yihiin dadka waaweyn.
    { $told ->
        [yes] Waxaan u sheegay la-taliyahaaga shaqada.
       *[no] Fadlan u sheeg xafiiska xarunta.
    }
    Xafiiska shaqada ayaa kuu sheegi kara adeegyo kale. Sidoo kale weydii International House Helsinki ama xarunta macluumaadka ee magaaladaada.
    Haddii jawaabtaadu khalad ahayd, riix badhanka. Si aad dib u bilowdo, qor /intake.
intake-refused-outside-area =
    Mahadsanid jawaabahaaga. Waan ka xumahay: hadda Xarunta Xirfadaha ee Soo-galootiga kuma aqbali karto. Xaruntu waxay u furan tahay dadka ku nool deegaankeeda. Magaalooyinka deegaanka ayaa bixiya kharashkeeda.
    { $told ->
        [yes] Waxaan u sheegay la-taliyahaaga shaqada.
       *[no] Fadlan u sheeg xafiiska xarunta.
    }
    Xafiiska shaqada ayaa kuu sheegi kara adeegyada meesha aad ku nooshahay. Sidoo kale weydii International House Helsinki ama xarunta macluumaadka ee magaaladaada.
    Haddii jawaabtaadu khalad ahayd, riix badhanka. Si aad dib u bilowdo, qor /intake.
intake-refused-no-permit =
    Mahadsanid jawaabahaaga. Waan ka xumahay: hadda Xarunta Xirfadaha ee Soo-galootiga kuma aqbali karto. Waxaad u baahan tahay sharciga deganaanshaha, ama inaad codsatay. Finland waxaad ugu baahan tahay waxbarasho iyo shaqo.
    { $told ->
        [yes] Waxaan u sheegay la-taliyahaaga shaqada.
       *[no] Fadlan u sheeg xafiiska xarunta.
    }
    Xafiiska Socdaalka (Migri) ayaa kaa caawin kara sharcigaas. Sidoo kale weydii International House Helsinki ama xarunta macluumaadka ee magaaladaada.
    Haddii jawaabtaadu khalad ahayd, riix badhanka. Si aad dib u bilowdo, qor /intake.
intake-refused-not-job-seeker =
    Mahadsanid jawaabahaaga. Waan ka xumahay: hadda Xarunta Xirfadaha ee Soo-galootiga kuma aqbali karto. Xaruntu waxay u furan tahay shaqo-doonka aan shaqo haysan. Sababtu waa in xaruntu dadka ka caawiso inay shaqo ama tababar shaqo helaan.
    { $told ->
        [yes] Waxaan u sheegay la-taliyahaaga shaqada.
       *[no] Fadlan u sheeg xafiiska xarunta.
    }
    Ma waysay shaqadaada? Mise waxaad rabtaa inaad isku diiwaangeliso shaqo-doon? Xafiiska shaqada ayaa ku caawin kara. Kadib qor /intake si aad dib u bilowdo.
    Haddii jawaabtaadu khalad ahayd, riix badhanka.
intake-refused-pressed-wrong = Badhan khaldan ayaan riixay
intake-refused-typed-wrong = Sannad khaldan ayaan qoray

## The proposal

intake-done = Mahadsanid! Jawaabahaaga waan kaydiyay. La-taliyahaaga ayaa arki doona.
intake-path-work_first = Talobixintayda: <b>waddada shaqada</b>. Dhowaan ayaad shaqo raadin doontaa, adiga oo caawimo helaya.
intake-path-education_first = Talobixintayda: <b>waddada waxbarashada</b>. Marka hore wax baro, kadibna shaqo raadso.
path-reason-goal-study = • Waxaad rabtaa inaad marka hore wax barato.
path-reason-goal-work = • Waxaad rabtaa inaad dhowaan shaqayso.
path-reason-language = • Horay ayaad ugu hadashaa luqad aad shaqada ku isticmaali karto.
path-reason-language-first = • Haddii aad marka hore barato Af-Finish, way kuu fududaanaysaa inaad shaqo hesho.
path-reason-work-after = • Kadib, waddadu waxay ku geynaysaa shaqo, sidaad rabto.
path-reason-skills = • Waxaad leedahay waxbarasho ama khibrad shaqo.
path-reason-training = • Tababarku wuxuu ku siinayaa xirfado ay loo-shaqeeyayaashu u baahan yihiin.
intake-next-steps = La-taliyahaaga ayaa arrintan kaala hadli doona. Qorshahaaga waad wada samayn doontaan. Jawaabahaaga waxaad ku arki kartaa /profile.
path-work_first = waddada shaqada
path-education_first = waddada waxbarashada

## Notices to the counsellor

notice-intake-done =
    Ardayga <b>{ $name }</b> ayaa ka jawaabay su'aalaha bilowga.
    Magaca uu doorbidayo: { $preferred }
    Waddada la soo jeediyay: <b>{ $path }</b> (sababaha: { $reasons })
    Hadafka koowaad: { $goal } · Af-Finish: { $finnish }
    Caawimo uu u baahan yahay: { $support }
    Ballamaha: { $times }
# Why the path was proposed, for the counsellor (joined into one sentence).
notice-reason-goal-study = wuxuu rabaa inuu marka hore wax barto
notice-reason-goal-work = wuxuu rabaa inuu dhowaan shaqeeyo
notice-reason-language = horay ayuu ugu hadlaa luqad shaqada lagu isticmaalo
notice-reason-language-first = marka hore wuxuu u baahan yahay Af-Finish
notice-reason-work-after = wuxuu rabaa inuu shaqeeyo, kadib marka uu barto Af-Finish
notice-reason-skills = wuxuu leeyahay waxbarasho ama khibrad shaqo
notice-reason-training = tababar ayaa xirfado u kordhin kara
notice-intake-not-eligible = Xaruntu ma aqbali karto ardayga <b>{ $name }</b>: { $rules }. Polku ma hayn jawaabihiisa. Waxaa laga yaabaa inaad rabto inaad la xiriirto.
# Which rule, for the counsellor (joined into one sentence).
notice-eligibility-too-young = ka yar 18 jir
notice-eligibility-outside-area = wuxuu ku nool yahay meel ka baxsan deegaanka xarunta
notice-eligibility-no-permit = ma haysto sharciga deganaanshaha
notice-eligibility-not-job-seeker = ma aha shaqo-doon aan shaqo haysan
notice-learner-left = Mid ka mid ah ardaydaada ayaa xogtiisa ka tirtiray Polku oo ka baxay. Hadda kuma jiro liiskaaga.

## The learner's own data

profile-empty = Weli kama aadan jawaabin su'aalaha bilowga. Qor /intake si aad u bilowdo.
profile-answers =
    <b>Jawaabahaaga</b>

    <b>Magaca:</b> { $name }
    <b>Sannadka dhalashada:</b> { $birth_year }
    <b>Magaalada:</b> { $municipality }
    <b>Sharciga deganaanshaha:</b> { $permit }
    <b>Shaqo-doon diiwaangashan:</b> { $job_seeker }
    <b>Luqadaha:</b> { $languages }
    <b>Af-Finish:</b> { $finnish } · <b>Af-Iswiidhish:</b> { $swedish } · <b>Af-Ingiriis:</b> { $english }
    <b>Waxbarasho:</b> { $education } ({ $country })
    <b>Shaqo:</b> { $work } ({ $years })
    <b>Hadafka koowaad:</b> { $goal }
    <b>Xiisaha:</b> { $interests }
    <b>Caawimo aad u baahan tahay:</b> { $support }
    <b>Ballamaha:</b> { $times }
    <b>Waddada la soo jeediyay:</b> { $path }

    { $change ->
        [buttons] Si aad jawaab u beddesho, riix badhankeeda.
       *[command] Si aad jawaab u beddesho, qor /profile.
    }
mydata-person =
    <b>Waxa Polku kaa hayo</b>
    Magaca Telegram: { $name }
    Luqadda: { $language }
    Ku soo biirtay: { $joined }
    La-taliyahaaga: { $counsellor }
mydata-consent = Waxaad ogolaatay su'aalaha bilowga { $when }.
mydata-in-progress = Waxaad bilowday su'aalaha bilowga. { $count } jawaab ayaa sugaya ilaa aad dhammayso.
mydata-how-to-forget = Si aad waxan oo dhan u tirtirto, qor /forget.
forget-confirm = Ma rabtaa inaan tirtiro xogtaada oo dhan? Waxaan u sheegi doonaa la-taliyahaaga inaad baxday. Arrintan dib uma celin kartid.
forget-yes = Haa, wax walba tirtir
forget-no = Maya, hay
forget-kept = Hagaag. Waxba ma aan tirtirin.
forget-expired = Su'aashani waa duug, sidaas darteed waxba ma aan tirtirin. Haddii aad rabto inaan tirtiro xogtaada, mar kale qor /forget.
forget-done = Xogtaada waan tirtiray. Mahadsanid inaad isticmaashay Polku. Haddii aad rabto inaad soo noqoto, la-taliyahaaga ka codso linki casuumad oo cusub.

## Language detection

language-offer = Waxay u egtahay inaad ku qortay { $language }. Ma rabtaa inaan luqaddaas kuugu qoro?
# Shown in the offered language itself (the button's own language).
language-switch = Haa, beddel luqadda
language-keep = Maya, hay luqaddan
# A short note on the button (plain text).
language-kept = Hagaag, luqaddan ayaan sii isticmaalayaa.
