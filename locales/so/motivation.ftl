## Motivation: escalation notices to counsellors, the kind message to the learner, crisis replies.
# crisis = xaalad halis ah, check-in = su'aasha xaaladda, mood = niyadda.

motivation-notice =
    { $head }
    { $who }
    Sababta: { $reasons }
    Tallaabada xigta ee qorshaha: { $step }
    Ballanta xigta: { $meeting }
motivation-notice-who-score = { $name } · dhibcaha { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ Arday ayaa laga yaabaa inuu kuu baahan yahay.
motivation-head-request = 🙋 Arday ayaa codsanaya inuu kula hadlo.
motivation-head-crisis = 🚨 DEGDEG: Arday ayaa qoray erayo muujin kara xaalad halis ah. Fadlan hadda la xiriir.
motivation-head-forwarded = ⏰ Qofna weli kama jawaabin ogeysiiskan. Ma caawin kartaa?
motivation-notice-step = { $type } (ugu dambayn { $due })
motivation-notice-no-date = taariikh ma leh
motivation-notice-meeting = { $when }
motivation-notice-none = ma jiro
motivation-reason-low-mood = { $count ->
    [one] niyadda { $mood }/5
   *[other] niyad hoose { $count } jeer dhowaan, tan ugu hooseysa { $mood }/5
}
motivation-reason-mood-drop = niyaddu waxay ka dhacday qiyaastii { $average } ilaa { $mood }/5
motivation-reason-mood-trend = niyaddu way sii dhacaysay su'aal kasta kadib, { $from } ilaa { $mood }/5
motivation-reason-unanswered = kama jawaabin { $count } su'aalood xaaladda ama xasuusin
motivation-reason-silence = { $days } maalmood xiriir ma jirin
motivation-reason-missed-meeting = { $count ->
    [one] kama iman ballanta { $date }
   *[other] kama iman { $count } ballan, tii ugu dambeysay { $date }
}
motivation-reason-overdue-step = { $count ->
    [one] tallaabo qorshaha ka mid ah ayaa wakhtigeedii dhaaftay
   *[other] { $count } tallaabo oo qorshaha ka mid ah ayaa wakhtigoodii dhaafay
}
motivation-reason-help = caawimo ayuu ka codsaday tallaabo qorshaha ka mid ah
motivation-reason-discouraged = wuxuu qoray erayo niyad-jab ah
motivation-reason-request = wuxuu codsaday inuu kula hadlo
motivation-reason-crisis = wuxuu qoray erayo muujin kara xaalad halis ah
motivation-reason-crisis-unanswered = wuxuu qoray erayo muujiya xaalad halis ah, mana ka jawaabin su'aasha nabadda { $minutes } daqiiqo
motivation-reason-other = calaamad kale ({ $count })
motivation-button-ack = Waan la xiriiri doonaa
motivation-button-message = Fariin u dir
motivation-button-book = Qabso ballan
motivation-button-not-needed = Looma baahna
motivation-escalation-gone = Ogeysiiskan halkan kuma jiro.
motivation-learner-will-contact = La-taliyahaaga { $counsellor } ayaa dhowaan kula soo xiriiri doona. Sidoo kale wakhti kasta waad ii soo qori kartaa.
motivation-learner-will-contact-someone = Qof ka mid ah xarunta ayaa dhowaan kula soo xiriiri doona. Sidoo kale wakhti kasta waad ii soo qori kartaa.
motivation-crisis-confirm =
    Waxaan rabaa inaan hubiyo inaad nabad qabto. Hadda khatar ma ku jirtaa? Mise waxaad ka fikiraysaa inaad is dhaawacdo ama qof kale dhaawacdo?
    Haddii aad hadda khatar ku jirto, wac 112.
motivation-crisis-yes = Haa, hadda caawimo ayaan u baahanahay
motivation-crisis-no = Maya, waan nabad qabaa
motivation-crisis-help =
    Fadlan hadda wac 112 haddii adiga ama qof kale khatar ku jiro.
    Wakhti kasta waxaad la hadli kartaa khadka caawimada MIELI Crisis Helpline: 09 2525 0111.
    Waxaan u sheegay la-taliyahaaga. Wuu kula soo xiriiri doonaa sida ugu dhakhsaha badan.
motivation-crisis-safe = Mahadsanid inaad ii sheegtay. Haddii aad dareento xaalad xun, ii soo qor. Sidoo kale waxaad wici kartaa MIELI Crisis Helpline: 09 2525 0111.

## Check-ins (learners)

check-in-mood = Sidee ayuu kuu socdaa qorshahaagu?
check-in-mood-1 = 😞 Aad u xun
check-in-mood-2 = 🙁 Xun
check-in-mood-3 = 😐 Dhexdhexaad
check-in-mood-4 = 🙂 Wanaagsan
check-in-mood-5 = 😄 Aad u wanaagsan
check-in-hardest = Maxaa hadda kuugu adag? Dooro mid ama dhowr, kadibna riix "Waan dhammeeyay".
option-hardest-language = Luqadda
option-hardest-money = Lacag
option-hardest-health = Caafimaad
option-hardest-family = Qoys
option-hardest-childcare = Daryeelka carruurta
option-hardest-next_step = Ma aqaan tallaabada xigta
option-hardest-other = Wax kale
check-in-note = Ma rabtaa inaad wax u sheegto la-taliyahaaga? Qor hal sadar, ama riix "Ka bood".
check-in-thanks = Mahadsanid! Waan ku faraxsanahay inaan maqlo. Wakhti kasta waxaad ii sheegi kartaa sida aad tahay: /mood.
check-in-thanks-low = Mahadsanid inaad ii sheegtay. Haddii aad rabto inaad la hadasho la-taliyahaaga, riix badhanka.
check-in-note-to-counsellor =
    💬 { $name } ayaa ka jawaabay su'aasha xaaladda (niyadda { $mood }/5) oo qoray:
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = Waxaan rabaa inaan la hadlo la-taliyahayga
motivation-request-sent = Waxaan u sheegay la-taliyahaaga { $counsellor }. Dhowaan ayuu kula soo xiriiri doonaa.
motivation-request-sent-someone = Waxaan u sheegay xarunta. Qof ayaa dhowaan kula soo xiriiri doona.

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = Arday hadda kuu baahan kara:
motivation-escalations-none = Ma jiraan ogeysiisyo furan. Waa wanaagsan tahay!
motivation-acknowledged = Mahadsanid. Waxaan u sheegi doonaa { $name } inaad la xiriiri doonto.
motivation-not-needed-thanks = Waan qoray: { $name } looma baahna. Tani waxay naga caawinaysaa inaan ogeysiisyada hagaajinno.
motivation-already-handled = Qof kale ayaa horay uga jawaabay ogeysiiskan ku saabsan { $name }.
motivation-message-ask = Qor fariintaada { $name }. Anigu waan u diri doonaa.
motivation-message-to-learner =
    💬 Fariin ka timid la-taliyahaaga { $counsellor }:
    { $text }
motivation-message-sent = Waxaan u diray { $name }.
motivation-book-how = Si aad ula kulanto { $name }, u dir fariin wakhti leh. Ama ka codso inuu ballan ku qabsado Polku.

## /mydata

mydata-motivation = Inta jeer ee aad ii sheegtay sida aad tahay: { $check_ins }. Calaamadaha aan arkay (tusaale ahaan niyad hoose ama ballan aad ka maqnayd): { $signals }. Inta jeer ee aan u sheegay la-taliyahaaga: { $escalations }.
## "Ask my counsellor": a question Polku cannot answer, relayed both ways

ask-not-understood =
    Su'aashaas anigu kama jawaabi karo. Mid ka mid ah kuwan ayaa ku caawin kara:
    /plan – qorshahaaga
    /appointments – ballamahaaga
    /help – wax kasta oo aan samayn karo
    Ama su'aashaada waxaan u diri karaa la-taliyahaaga shaqada.
ask-counsellor-button = Weydii la-taliyahayga
ask-sent = Su'aashaada waxaan u diray { $counsellor }. Jawaabtu halkan ayay ku iman doontaa.
ask-nobody = Waan ka xumahay, su'aashaada ma aan diri karin. Hadda Polku gudihiisa kuma lihid la-taliye shaqo. Fadlan la xiriir xafiiska xarunta.
ask-notice = <b>{ $name }</b> ayaa weydiinaya: { $text }
ask-answer-button = Jawaab
ask-answer-ask = Qor jawaabtaada { $name }. Waxaan ugu diri doonaa Polku gudihiisa.
ask-answer-sent = Jawaabtaada waxaan u diray { $name }.
ask-answer-gone = Jawaabtaada ma aan diri karin. Ardaygan hadda ma aha ardaygaaga, ama wuu ka tagay Polku.
ask-answer-to-learner = La-taliyahaaga { $counsellor } ayaa ku jawaabay: { $text }
## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).
check-in-when-button = 🕒 Dooro maalinta iyo saacadda
check-in-when-day = Waxaan ku weydiiyaa sida qorshahaagu u socdo. Maalintee ayaad rabtaa inaad hesho su'aashan? Hadda: { $current }.
check-in-when-default-rhythm = qiyaastii toddobaad kadib tii ugu dambaysay
check-in-when-chosen = { $day } saacadda { $time }
check-in-weekday = { $day ->
    [0] Isniin
    [1] Talaado
    [2] Arbaco
    [3] Khamiis
    [4] Jimce
    [5] Sabti
   *[6] Axad
}
check-in-when-default = Qiyaastii toddobaad kadib tii ugu dambaysay
check-in-when-hour = Saacaddee maalinta { $day }?
check-in-when-hour-button = { $time }
check-in-when-saved = Hagaag. { $day } saacadda { $time } ayaan ku weydiin doonaa sida ay kuu socoto. Waxaad ku beddeli kartaa /checkin.
check-in-when-saved-default = Hagaag. Qiyaastii toddobaad kadib tii ugu dambaysay ayaan ku weydiin doonaa sida ay kuu socoto. Waxaad ku beddeli kartaa /checkin.
