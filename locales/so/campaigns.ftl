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
campaign-list-empty = Weli ma jiro olole. Mid ku samee khadka amarka: polku campaign create FILE.yml
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
campaign-scheduled = Hadda waxaan dirayaa ololaha “{ $name }”. Warbixin ayaad heli doontaa marka aan dhammeeyo.
campaign-cancelled = Waan baajiyay ololaha “{ $name }”. Ma diri doono { $count } fariin ee ololahaas.

campaign-report =
    Warbixin: { $name }
    Arday: { $audience }
    La diray: { $sent }. Ma gaarin: { $failed }. Xannibay bot-ka: { $blocked }. Ka joojiyay fariimaha: { $muted }. Sugaya: { $pending }.
    { $languages }
    Jawaabaha:
    { $answers }
campaign-report-language = { $language }: waa la diray { $sent } ka mid ah { $total }
campaign-report-answer = Badhanka { $number }: { $count }
campaign-report-no-answers = Weli jawaab ma jirto.

campaign-error = Ololahan hadda ma beddeli kartid.
campaign-error-not_draft = Qof ayaa horay u diray ama u baajiyay ololahan.
campaign-error-finished = Ololahan wuu dhammaaday.
