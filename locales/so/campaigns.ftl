## Campaigns: reminders a coordinator sends to a group of learners
# campaign = olole (ololaha), muted = ka joojiyay fariimaha, blocked = xannibay bot-ka.

command-campaign = U dir xasuusin kooxaha ardayda

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Jooji fariimahan
campaign-muted = Mar dambe ma heli doontid fariimahan kooxda. Weli waxaad heli doontaa xasuusinada qorshahaaga iyo ballamahaaga.
campaign-answer-thanks = Mahadsanid, jawaabtaada waan kaydiyay.

campaign-list =
    Ololayaashaada:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-state-draft = qabyo
campaign-state-scheduled = la qorsheeyay
campaign-state-sending = waa la dirayaa
campaign-state-done = waa la diray
campaign-state-cancelled = waa la joojiyay
campaign-list-empty = Weli ma jiro olole. Riix “Olole cusub”, ama isticmaal khadka amarka: polku campaign create FILE.yml
campaign-button-show = Olole { $id }
campaign-button-send = Dir
campaign-button-confirm = Haa, dir
campaign-button-cancel = Baaji ololaha

campaign-preview =
    Olole { $id }: { $name } ({ $status })
    Arday: { $count }
    { $languages }
    { $fallback } arday ayaa qoraalka ku helaya { $fallback_language }, sababtoo ah luqaddooda qoraal kuma jiro.
    Ka joojiyay fariimaha: { $muted }. Xannibay bot-ka: { $blocked }.
campaign-preview-language = { $language }: { $count } (luqad kale: { $fallback })
campaign-example =
    Tusaale ({ $language }):
    { $text }
campaign-confirm = Ma u diraysaa ololahan { $count } arday?
campaign-scheduled = Waad xaqiijisay ololaha “{ $name }”. Waxaan diri doonaa waqtiga aad dooratay. Warbixin ayaad heli doontaa marka aan dhammeeyo.
campaign-sending-now = Waad xaqiijisay ololaha “{ $name }”. Hadda ayaan dirayaa. Warbixin ayaad heli doontaa marka aan dhammeeyo.
campaign-cancelled = Waan baajiyay ololaha “{ $name }”. Ma diri doono { $count } fariin ee ololahaas.

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    Warbixin: { $name }
    Arday: { $audience }
    La diray: { $sent }. Ma gaarin: { $failed }. Xannibay bot-ka: { $blocked }. Ka joojiyay fariimaha: { $muted }. Sugaya: { $pending }.{ $in_doubt }
    { $languages }
    Jawaabaha:
    { $answers }
campaign-report-language = { $language }: waa la diray { $sent } ka mid ah { $total }
campaign-report-answer = Badhanka { $number }: { $count }
campaign-report-no-answers = Weli jawaab ma jirto.
campaign-report-in-doubt = {"\u000A"}{ $count ->
        [one] Hal fariin waxaa laga yaabaa inay gaartay. Dhibaato ayaa i haysatay markii aan dirayay, sidaas darteed ma garanayo. Mar kale ma diri doono.
       *[other] { $count } fariin waxaa laga yaabaa inay gaareen. Dhibaato ayaa i haysatay markii aan dirayay, sidaas darteed ma garanayo. Mar kale ma diri doono.
    }

campaign-error = Ololahan hadda ma beddeli kartid.
campaign-error-not_draft = Qof ayaa horay u diray ama u baajiyay ololahan.
campaign-error-finished = Ololahan wuu dhammaaday.
## The guided dialogue: a new campaign (/campaign, "New campaign")
campaign-new-button = ➕ Olole cusub
campaign-new-name = Olole cusub. Magaciisu waa maxay? Shaqaalaha oo keliya ayaa arka magaca.
campaign-new-audience =
    Yaa helaya? Dooro shaandho, ama riix "Waan dhammeeyay". Haddii aysan shaandho jirin, arday kasta wuu helayaa.
    Waddada: { $path }
    Heerka: { $status }
    La-taliyaha: { $counsellor }
    Luqadda: { $language }
    Tallaabo qorshe oo dhiman: { $step }
    Goorta ugu dambaysay ee firfircoon: { $active }
campaign-filter-path = Waddada
campaign-filter-status = Heerka
campaign-filter-counsellor = La-taliyaha
campaign-filter-language = Luqadda
campaign-filter-step = Tallaabo qorshe oo dhiman
campaign-filter-active = Goorta ugu dambaysay
campaign-filter-done = ✓ Waan dhammeeyay
campaign-new-path = Ardayda waddadee? Dooro, kadibna riix "Waan dhammeeyay". "Ka bood" wuxuu tirtiraa shaandhadan.
campaign-new-status = Ardayda heerkee? Dooro, kadibna riix "Waan dhammeeyay". "Ka bood" wuxuu tirtiraa shaandhadan.
campaign-new-counsellor = Ardayda la-taliyahee? Dooro, kadibna riix "Waan dhammeeyay". "Ka bood" wuxuu tirtiraa shaandhadan.
campaign-new-language = Ardayda akhriya luqaddee? Dooro, kadibna riix "Waan dhammeeyay". "Ka bood" wuxuu tirtiraa shaandhadan.
campaign-new-step = Ardayda weli u dhiman tallaabadee qorshaha? Dooro, kadibna riix "Waan dhammeeyay". "Ka bood" wuxuu tirtiraa shaandhadan.
campaign-new-active = Goorma ayay ardaydu ugu dambaysay firfircoonaayeen? "Ka bood" wuxuu tirtiraa shaandhadan.
campaign-status-new = Wuu biiray, su'aalaha bilowga ma dhammayn
campaign-status-intake_done = Su'aalaha bilowga wuu dhammeeyay
campaign-status-plan_confirmed = Qorshe la xaqiijiyay
campaign-option-counsellor = { $name }
campaign-active-active_7 = Firfircoon 7-dii maalmood ee u dambeeyay
campaign-active-active_30 = Firfircoon 30-kii maalmood ee u dambeeyay
campaign-active-inactive_14 = Aan firfircoonayn 14 maalmood
campaign-active-inactive_30 = Aan firfircoonayn 30 maalmood
campaign-new-fallback = Hadda fariinta. Marka hore luqadda ugu muhiimsan: ardayda luqaddoodu aysan qoraal lahayn ayaa helaya tan. Luqaddee?
campaign-new-text =
    Fariinta ku qor { $language }. Waxaad isticmaali kartaa {"{"}first_name{"}"} (magaca), {"{"}counsellor_name{"}"} (magaca la-taliyaha) iyo {"{"}date{"}"} (taariikhda). Arday kasta wuxuu arkaa kuwiisa.
campaign-new-buttons = Badhamada jawaabta ee { $language } (waad ka boodi kartaa): qor ilaa 3 magac, mid sadar kasta. Jawaabaha ardayda waan tiriyaa.
campaign-new-other-buttons = Isla badhamada jawaabta ee { $language }: hal magac sadar kasta, isla kala horreyntii.
campaign-new-more = Ma ku daraysaa fariinta luqad kale?
campaign-more-add = ➕ Luqad kale
campaign-more-done = ✓ Waan dhammeeyay
campaign-new-other-language = Luqaddee?
campaign-new-schedule = Goorma ayuu baxayaa?
campaign-schedule-now = Hadda
campaign-schedule-at = Taariikh iyo saacad
campaign-schedule-daily = Maalin kasta
campaign-schedule-weekly = Toddobaad kasta
campaign-new-send-at = Taariikhda iyo saacadda u qor sidan: 31.12.2026 14:30.
campaign-new-until = Maalinta ugu dambaysa? U qor sidan: 31.1.2027.
campaign-new-too-long = Taasi aad bay u dheer tahay: ugu badnaan { $limit } xaraf.
campaign-new-bad-placeholder = Ma aqaan mid ka mid ah erayada ku jira qawsaha. Isticmaal {"{"}first_name{"}"}, {"{"}counsellor_name{"}"} (magaca la-taliyaha) ama {"{"}date{"}"}. Hal qaws, qor {"{{"}.
campaign-new-bad-buttons = Qor 1 ilaa { $most } magac, mid sadar kasta. Mid kastaa ugu badnaan { $limit } xaraf.
campaign-new-buttons-count = Qor { $count } magac, mid sadar kasta: inta ku jirta luqadda ugu muhiimsan.
campaign-new-language-given = Taasi waa luqadda ugu muhiimsan, qoraalkeeda horay ayaad u qortay. Dooro luqad kale.
campaign-new-need-time = Fadlan saacadda sidoo kale ku dar, sidan: 31.12.2026 14:30.
campaign-new-past = Wakhtigaasi wuu dhaafay. Fadlan dooro wakhti ka dambeeya.
campaign-new-until-early = Maalinta ugu dambaysa kama horrayn karto maalinta ugu horreysa.
campaign-new-failed = Waan ka xumahay, ololahan ma aan kaydin karin. Fadlan dib ugu bilow /campaign.
campaign-new-saved = Ololaha “{ $name }” waan kaydiyay. { $schedule } Eeg tusaalaha, kadibna xaqiiji.
campaign-when-now = Wuxuu baxayaa isla marka aad xaqiijiso.
campaign-when-at = Wuxuu baxayaa { $when }.
campaign-when-daily = Wuxuu baxayaa maalin kasta, laga bilaabo { $when } ilaa { $until }.
campaign-when-weekly = Wuxuu baxayaa toddobaad kasta, laga bilaabo { $when } ilaa { $until }.
