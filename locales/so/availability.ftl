# Polku — Soomaali: saacadaha ballamaha la-taliyaha (a counsellor's hours for meetings, /availability).
# meeting = ballan (ballanta, ballamaha), day off = maalin fasax ah, break = nasasho.

command-availability = Saacadahaaga ballamaha

## The view

availability-view =
    <b>Saacadahaaga ballamaha</b>

    { $lines }
availability-none = Weli saacado ballan ma lihid. Ardaydu ma qabsan karaan ballan ilaa aad saacado ku darto.
availability-line-weekly = { $number }. { $day } { $start }–{ $end } · { $length } daqiiqo + { $buffer } daqiiqo · { $mode }{ $place }
availability-line-off = { $number }. { $day }: maalin fasax ah
availability-line-extra = { $number }. { $day } { $start }–{ $end } (dheeraad) · { $length } daqiiqo + { $buffer } daqiiqo · { $mode }{ $place }
availability-place = : { $place }
availability-remove-button = 🗑 Tirtir { $number }
availability-add-weekly-button = ➕ Saacado toddobaad kasta
availability-add-off-button = 🌴 Maalin fasax ah
availability-add-extra-button = ➕ Saacado dheeraad ah hal maalin
availability-show-button = 📅 Saacadahaaga ballamaha
availability-removed = Waan tirtiray. Ballamaha ardaydu horay ugu qabsadeen saacadahaas way sii jirayaan.

## The questions

option-days-mon = Isniin
option-days-tue = Talaado
option-days-wed = Arbaco
option-days-thu = Khamiis
option-days-fri = Jimce
option-days-sat = Sabti
option-days-sun = Axad
option-length-45 = 45 daqiiqo (caadi)
option-length-30 = 30 daqiiqo
option-length-60 = 60 daqiiqo
option-length-90 = 90 daqiiqo
option-buffer-15 = 15 daqiiqo (caadi)
option-buffer-0 = 0 daqiiqo (nasasho la'aan)
option-buffer-10 = 10 daqiiqo
option-buffer-30 = 30 daqiiqo
availability-ask-days = Maalmahee ayaad ballamo la leedahay ardayda? Dooro maalmaha, kadibna riix "Waan dhammeeyay".
availability-ask-extra-day = Maalintee ayaad leedahay saacado dheeraad ah? Qor taariikhda, tusaale ahaan 31.12.2026.
availability-ask-off-day = Maalintee ayaadan joogin? Qor taariikhda, tusaale ahaan 31.12.2026.
availability-ask-start = Saacaddee ayaad bilaabaysaa? Tusaale ahaan 9 ama 9.30.
availability-ask-end = Saacaddee ayaad dhammaynaysaa? (Bilowga: { $start }.) Tusaale ahaan 12 ama 15.30.
availability-ask-length = Hal ballan intee bay qaadataa?
availability-ask-buffer = Intee nasasho ah ayaad rabtaa inta u dhexaysa ballamaha?
availability-ask-mode = Sidee ayaad ardayda ula kulantaa?
availability-ask-place = Xaggee ayaad ku kulantaan? Qor meesha, tusaale ahaan "Qolka 2", ama riix "Ka bood".
availability-ask-link = Qor linkiga wicitaanka muuqaalka, tusaale ahaan https://meet.example.fi/mikko
availability-confirm-weekly =
    Ma kaydiyaa saacadahan?
    📅 { $days }
    🕘 { $start }–{ $end }
    Ballan kasta { $length }, nasasho { $buffer } · { $mode }
availability-confirm-extra =
    Ma kaydiyaa saacadahan dheeraadka ah?
    📅 { $day }
    🕘 { $start }–{ $end }
    Ballan kasta { $length }, nasasho { $buffer } · { $mode }
availability-saved = ✅ Waan kaydiyay. Hadda ardaydu way qabsan karaan wakhtiyadan.
availability-off-saved =
    ✅ Waan kaydiyay: maalintaas ma joogtid.
    { $count ->
        [0] Maalintaas ballan ma jirto.
        [one] Hal ballan ayaa weli jirta maalintaas. Ku baaji /appointments.
       *[other] { $count } ballan ayaa weli jira maalintaas. Ku baaji /appointments.
    }
availability-not-saved = Waxba ma aan kaydin.

## Problems

availability-invalid-time = Fadlan qor wakhti, tusaale ahaan 9, 9.30 ama 14:00.
availability-invalid-end = Dhammaadku waa inuu ka dambeeyaa bilowga ({ $start }). Fadlan qor wakhti ka dambeeya.
availability-invalid-length = Ballan kuma filna saacadahan ({ $minutes } daqiiqo). Fadlan dooro ballan ka gaaban.
availability-invalid-place = Fadlan qor meel ka gaaban (ugu badnaan { $limit } xaraf).
availability-invalid-link = Fadlan qor linkiga oo dhan, oo ku bilaabma https://
availability-invalid-day = Fadlan qor maalin u dhexaysa maanta iyo hal sano kadib.
