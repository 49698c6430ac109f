# Polku — Soomaali: ballamaha la-taliyaha (meetings with the counsellor).
# meeting = ballan (ballanta, ballamaha), cancel = baaji, move = beddel wakhtiga.

## How and where

appointment-mode-in_person = Fool ka fool
appointment-mode-phone = Telefoon
appointment-mode-video = Wicitaan muuqaal ah
appointment-place-unknown = la-taliyahaagu wuu kuu sheegi doonaa meesha
appointment-how = { $mode }: { $place }
appointment-ics-summary = Ballan: { $counsellor }

## Notices

appointment-booked =
    📅 Ballan ayaad la leedahay { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-booked-counsellor =
    📅 Ballan cusub ayaad la leedahay { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-moved =
    📅 Ballanta aad la leedahay { $counsellor } waxay leedahay wakhti cusub.
    🕘 { $when } (wakhtigii hore: { $previous })
    { $mode }: { $place }
appointment-moved-counsellor =
    📅 Ballanta aad la leedahay { $learner } waxay leedahay wakhti cusub.
    🕘 { $when } (wakhtigii hore: { $previous })
    { $mode }: { $place }
appointment-cancelled =
    ❌ Ballanta { $when } ee aad la lahayd { $counsellor } waa la baajiyay.
    Sababta: { $reason }
appointment-cancelled-counsellor =
    ❌ Ballanta { $when } ee aad la lahayd { $learner } waa la baajiyay.
    Sababta: { $reason }

## Reasons for a cancellation

appointment-reason-learner = ardaygu wuu baajiyay
appointment-reason-ill = jirro
appointment-reason-counsellor_away = la-taliyuhu ma iman karo
appointment-reason-not_needed = ballanta looma baahna
appointment-reason-other = sabab kale

## Problems

appointment-error = Ballantan sidaas uma beddeli kartid.
appointment-slot-taken = Waan ka xumahay, qof kale ayaa hadda qaatay wakhtigaas. Fadlan dooro wakhti kale.
appointment-slot-unavailable = Wakhtigaas ma qabsan kartid. Fadlan dooro wakhti kale.
appointment-no-counsellor = Hadda ma lihid la-taliye. Waan kuu sheegi doonaa marka aad la-taliye hesho.
appointment-not-found = Ballantan ma aan helin.
appointment-closed = Ballantan way dhammaatay, ama qof ayaa baajiyay.
appointment-not-started = Ballantu weli ma bilaabmin.

## Booking in the chat

appointment-book-button = 📅 Qabso ballan
appointment-choose-day = Goorma ayaad iman kartaa? Dooro maalin.
appointment-choose-day-move =
    Ballantaadu hadda waa { $when }.
    Dooro maalin cusub.
appointment-day-button = { $day }
appointment-choose-time = Dooro wakhti maalinta { $day }.
appointment-time-button = { $time }
appointment-other-day = ◀️ Maalin kale
appointment-other-time = 🔁 Wakhti kale
appointment-no-free-times = Hadda ma jiraan wakhtiyo bannaan. Fadlan mar dambe isku day, ama weydii la-taliyahaaga.
appointment-stale = Badhankani waa duug. Waa kuwan wakhtiyada bannaan hadda.
appointment-day-gone = Maalintaas hadda wakhti bannaan ma laha. Fadlan dooro maalin kale.
appointment-time-gone = Wakhtigaas hadda bannaan ma aha. Fadlan dooro wakhti kale.
appointment-confirm =
    Ma qabsanaysaa ballantan?
    🕘 { $when }
    { $mode }: { $place }
appointment-confirm-move =
    Ma u beddelaysaa ballantaada wakhtigan?
    🕘 { $when } (hadda: { $previous })
    { $mode }: { $place }
appointment-confirm-for =
    Ma u qabsanaysaa ballan { $learner }?
    🕘 { $when }
    { $mode }: { $place }
appointment-yes = ✅ Haa
appointment-done =
    ✅ Ballantaada waan kuu qabsaday.
    🕘 { $when }
    { $mode }: { $place }
    Waan ku xasuusin doonaa ballanta ka hor.
appointment-moved-done =
    ✅ Ballantaadu waxay leedahay wakhti cusub.
    🕘 { $when }
    { $mode }: { $place }
appointment-done-for =
    ✅ Ballan ayaad u qabsatay { $learner }.
    🕘 { $when }
    { $mode }: { $place }
appointment-ics-caption = 📎 Ballantaada { $when }. Fur faylka si aad ugu darto kalandarka telefoonkaaga.
appointment-ics-cancel-caption = 📎 Ballantaada { $when } waa la baajiyay. Fur faylka si aad uga saarto kalandarka telefoonkaaga.

## Your meetings

appointment-list =
    <b>Ballamahaaga</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }: { $place }
appointment-none = Ma lihid ballamo.
appointment-move-button = 🔁 Beddel wakhtiga { $day } { $time }
appointment-cancel-button = ❌ Baaji { $day } { $time }
appointment-list-counsellor =
    <b>Ballamahaaga</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner } ({ $mode })
appointment-none-counsellor = Ma lihid ballamo.
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = Ma baajinaysaa ballantaada { $when }?
appointment-cancel-yes = ❌ Baaji ballanta
appointment-cancel-no = Ha baajin
appointment-cancel-done = Waan baajiyay ballantaada { $when }. La-taliyahaagu wuu ogyahay.
appointment-cancel-why = Maxaad u baajinaysaa ballanta { $when } ee aad la leedahay { $learner }?
appointment-why-ill = Jirro
appointment-why-away = Ma iman karo
appointment-why-not-needed = Looma baahna
appointment-why-other = Sabab kale
appointment-cancel-done-counsellor = Waan baajiyay ballanta { $when } ee aad la lahayd { $learner }. Waan u sheegay { $learner }.
appointment-question = Ballamahaaga waxaad ku arki kartaa /appointments. Si aad u qabsato ballan cusub, isticmaal /book.

## Reminders

appointment-reminder-24h =
    📅 Xasuusin: berri ballan ayaad la leedahay { $counsellor }.
    🕘 { $when }
    { $mode }: { $place }
appointment-reminder-2h =
    📅 Ballanta aad la leedahay { $counsellor } waxay bilaabanaysaa laba saac kadib.
    🕘 { $when }
    { $mode }: { $place }
appointment-coming = 👍 Waan imanayaa
appointment-not-coming = Ma iman karo
appointment-coming-thanks = Mahadsanid! Waan ku sugaynaa.
appointment-not-coming-reply = Mahadsanid inaad ii sheegtay. La-taliyahaagu wuu ogyahay. Ma rabtaa wakhti kale, mise inaad baajiso ballanta { $when }?
appointment-not-coming-counsellor = ⚠️ { $learner } ma iman karo ballanta { $when }.

## After the meeting

appointment-outcome-question = Sidee ayay u dhacday ballanta { $when } ee aad la lahayd { $learner }?
appointment-met = ✅ Waan kulannay
appointment-no-show = ❌ Ma iman
appointment-marked-met = ✅ Waan qoray: { $when } waxaad la kulantay { $learner }.
appointment-marked-no-show = ❌ Waan qoray: { $learner } ma iman { $when }.

## In the plan

plan-meeting-none = 📅 Ma jirto ballan la qabsaday.
plan-meeting-next = 📅 Ballanta xigta: { $when }
