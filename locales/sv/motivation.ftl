## Motivation: escalation notices to counsellors, the kind message to the learner, crisis replies.

motivation-notice =
    { $head }
    { $who }
    Varför: { $reasons }
    Nästa steg i planen: { $step }
    Nästa möte: { $meeting }
motivation-notice-who-score = { $name } · poäng { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ En studerande kanske behöver dig.
motivation-head-request = 🙋 En studerande vill prata med dig.
motivation-head-crisis = 🚨 BRÅDSKANDE: en studerande skrev ord som kan betyda en kris. Kontakta personen nu.
motivation-head-forwarded = ⏰ Ingen har svarat på det här meddelandet än. Kan du hjälpa till?
motivation-notice-step = { $type } (senast { $due })
motivation-notice-no-date = inget datum
motivation-notice-meeting = { $when }
motivation-notice-none = inget
motivation-reason-low-mood = { $count ->
    [one] humör { $mood }/5
   *[other] dåligt humör { $count } gånger på sistone, lägst { $mood }/5
}
motivation-reason-mood-drop = humöret sjönk från ungefär { $average } till { $mood }/5
motivation-reason-mood-trend = humöret blev sämre vid varje fråga, från { $from } till { $mood }/5
motivation-reason-unanswered = { $count ->
    [one] inget svar på { $count } fråga eller påminnelse
   *[other] inget svar på { $count } frågor eller påminnelser
}
motivation-reason-silence = { $days ->
    [one] ingen kontakt på { $days } dag
   *[other] ingen kontakt på { $days } dagar
}
motivation-reason-missed-meeting = { $count ->
    [one] kom inte till mötet { $date }
   *[other] kom inte till { $count } möten, senast { $date }
}
motivation-reason-overdue-step = { $count ->
    [one] ett steg i planen är försenat
   *[other] { $count } steg i planen är försenade
}
motivation-reason-help = bad om hjälp med ett steg i planen
motivation-reason-discouraged = skrev ord som visar att hen känner sig nedslagen
motivation-reason-request = vill prata med dig
motivation-reason-crisis = skrev ord som kan betyda en kris
motivation-reason-crisis-unanswered = skrev ord om en möjlig kris, svarade inte på frågan om trygghet inom { $minutes } minuter
motivation-reason-other = ett annat tecken ({ $count })
motivation-button-ack = Jag kontaktar hen
motivation-button-message = Skicka ett meddelande
motivation-button-book = Boka ett möte
motivation-button-not-needed = Behövs inte
motivation-escalation-gone = Det här meddelandet finns inte längre.
motivation-learner-will-contact = Din handledare { $counsellor } kontaktar dig snart. Du kan också skriva till mig när som helst.
motivation-learner-will-contact-someone = Någon från centret kontaktar dig snart. Du kan också skriva till mig när som helst.
motivation-crisis-confirm =
    Jag vill vara säker på att du är trygg. Är du i fara nu? Tänker du på att skada dig själv eller någon annan?
    Om du är i fara nu, ring 112.
motivation-crisis-yes = Ja, jag behöver hjälp nu
motivation-crisis-no = Nej, jag är trygg
motivation-crisis-help =
    Ring 112 nu om du eller någon annan är i fara.
    Du kan prata med någon på MIELI:s kristelefon: 09 2525 0111 (alltid öppen).
    Jag har berättat det för din handledare. Din handledare kontaktar dig så snart som möjligt.
motivation-crisis-safe = Tack för att du berättade. Om du mår dåligt, skriv till mig. Du kan också ringa MIELI:s kristelefon: 09 2525 0111.

## Check-ins (learners)

check-in-mood = Hur går det med din plan?
check-in-mood-1 = 😞 Mycket dåligt
check-in-mood-2 = 🙁 Dåligt
check-in-mood-3 = 😐 Sådär
check-in-mood-4 = 🙂 Bra
check-in-mood-5 = 😄 Mycket bra
check-in-hardest = Vad är svårast just nu? Välj ett eller flera svar och tryck sedan på Klar.
option-hardest-language = Språket
option-hardest-money = Pengar
option-hardest-health = Hälsa
option-hardest-family = Familj
option-hardest-childcare = Barnomsorg
option-hardest-next_step = Jag vet inte vad nästa steg är
option-hardest-other = Något annat
check-in-note = Vill du säga något till din handledare? Skriv en rad eller tryck på Hoppa över.
check-in-thanks = Tack! Skönt att höra. Du kan berätta hur du mår när som helst med /mood.
check-in-thanks-low = Tack för att du berättade. Tryck på knappen om du vill prata med din handledare.
check-in-note-to-counsellor =
    💬 { $name } svarade på frågan om humöret ({ $mood }/5) och skrev:
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = Prata med min handledare
motivation-request-sent = Jag har berättat för din handledare { $counsellor }. Hen kontaktar dig snart.
motivation-request-sent-someone = Jag har berättat för centret. Någon kontaktar dig snart.

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = Studerande som kanske behöver dig nu:
motivation-escalations-none = Inga öppna meddelanden. Bra!
motivation-acknowledged = Tack. { $name } får veta att du kontaktar hen.
motivation-not-needed-thanks = Sparat: behövs inte för { $name }. Det hjälper oss att göra meddelandena bättre.
motivation-already-handled = Någon har redan svarat på det här meddelandet om { $name }.
motivation-message-ask = Skriv ditt meddelande till { $name }. Jag skickar det vidare.
motivation-message-to-learner =
    💬 Ett meddelande från din handledare { $counsellor }:
    { $text }
motivation-message-sent = Skickat till { $name }.
motivation-book-how = Om du vill träffa { $name }, skicka ett meddelande med en tid. Eller be personen boka ett möte i Polku.

## /mydata

mydata-motivation = Gånger du berättade för mig hur du mår: { $check_ins }. Tecken som jag har sett (till exempel dåligt humör eller ett missat möte): { $signals }. Gånger jag berättade för din handledare: { $escalations }.
## "Ask my counsellor": a question Polku cannot answer, relayed both ways

ask-not-understood =
    Det kan jag inte svara på själv. Kanske hjälper något av de här:
    /plan – din plan
    /appointments – dina möten
    /help – allt som jag kan göra
    Jag kan också skicka din fråga till din handledare.
ask-counsellor-button = Fråga min handledare
ask-sent = Jag skickade din fråga till din handledare { $counsellor }. Svaret kommer hit.
ask-nobody = Förlåt, jag kunde inte skicka din fråga. Du har ingen handledare i Polku just nu. Kontakta centrets kansli.
ask-notice = <b>{ $name }</b> frågar: { $text }
ask-answer-button = Svara
ask-answer-ask = Skriv ditt svar till { $name }. Jag skickar det i Polku.
ask-answer-sent = Jag skickade ditt svar till { $name }.
ask-answer-gone = Jag kunde inte skicka ditt svar. Personen är inte längre din studerande, eller har slutat använda Polku.
ask-answer-to-learner = Din handledare { $counsellor } svarar: { $text }

## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).

check-in-when-button = 🕒 Välj dag och tid
check-in-when-day = Jag frågar hur det går med din plan. Vilken dag vill du få den här frågan? Nu: { $current }.
check-in-when-default-rhythm = ungefär en vecka efter den förra
check-in-when-chosen = { $day } klockan { $time }
# The weekday, also a button: lower case, as Swedish writes it inside a sentence.
check-in-weekday = { $day ->
    [0] måndag
    [1] tisdag
    [2] onsdag
    [3] torsdag
    [4] fredag
    [5] lördag
   *[6] söndag
}
check-in-when-default = Ungefär en vecka efter den förra
check-in-when-hour = Vilken tid på { $day }?
check-in-when-hour-button = { $time }
check-in-when-saved = Klart. Jag frågar hur det går varje { $day } klockan { $time }. Du kan ändra det med /checkin.
check-in-when-saved-default = Klart. Jag frågar hur det går ungefär en vecka efter förra gången. Du kan ändra det med /checkin.
