# Polku — svenska (Swedish). Translated from locales/en/main.ftl: same message ids.
# Writing rules: locales/README.md. Lätt språk: short sentences, common words, "du".
# Terms: learner = studerande, career counsellor = handledare, coordinator = koordinator,
# invite link = inbjudningslänk, Skills Centre for Migrants = Kompetenscentret för invandrare.

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = Svenska
language-first = Vilket språk vill du att jag använder? Du kan byta språk senare med /language.
language-choose = Välj språk.
language-set = Okej. Nu skriver jag till dig på svenska.

language-settings =
    Välj språk.

    Ditt andra språk: { $second }. Om ett meddelande saknas på ditt språk, får du det på ditt andra språk.
language-second-none = inget
language-second-button = Andra språk
language-second-choose = Välj ett andra språk. Jag använder det när ett meddelande saknas på ditt språk.
language-second-nothing = Inget andra språk
language-second-set = Okej. Ditt andra språk är nu { $second }.
language-second-removed = Okej. Nu har du inget andra språk.
language-practice-on = Öva finska
language-practice-off = Sluta öva finska
practice-started = Nu övar du finska. Du får varje meddelande också på lätt finska. Skriv /suomi för att sluta.
practice-stopped = Nu övar du inte finska längre. Skriv /suomi för att börja igen.
practice-finnish = Jag skriver redan till dig på finska. Om du vill öva, välj först ett annat språk med /language.
# The heading above the Finnish text under each message, in Finnish practice.
practice-in-finnish = På finska:
mydata-reading =
    Andra språk: { $second }.
    Öva finska: { $practice ->
        [on] på
       *[off] av
    }.

## Starting and invites

start-no-invite =
    Hej! Jag är Polku. Jag hjälper dig på Kompetenscentret för invandrare.
    För att börja behöver du en inbjudningslänk. Du får länken av din handledare. Be om länken och öppna den sedan på den här telefonen.
start-invite-invalid = Den här inbjudningslänken fungerar inte. Kontrollera att du har hela länken. Du kan också be din handledare om en ny länk.
start-invite-expired = Den här inbjudningslänken är för gammal. Be din handledare om en ny länk.
start-invite-used = Någon har redan använt den här inbjudningslänken. Be din handledare om en ny länk.
start-already-joined = Du är redan med, { $name }. Du behöver ingen ny inbjudan.
start-welcome-back = Hej igen, { $name }!
start-welcome-learner =
    Välkommen, { $name }! Jag är Polku.
    Jag hjälper dig att följa din plan på Kompetenscentret. Jag påminner dig om viktiga datum. Jag hjälper dig också att nå din handledare.
start-welcome-counsellor =
    Välkommen, { $name }! Nu är du handledare i Polku.
    Du kan bjuda in dina studerande med /invite. Jag säger till när de börjar använda Polku. Jag säger också till när de behöver din hjälp.
start-welcome-coordinator =
    Välkommen, { $name }! Nu är du koordinator i Polku.
    Du kan bjuda in handledare och koordinatorer med /invite.

## Help, one text for each role

help-visitor =
    Jag är Polku. Jag hjälper dig på Kompetenscentret för invandrare.
    För att använda mig behöver du en inbjudningslänk av din handledare.
    /language – välj språk
help-learner =
    Det här kan du göra:
    /plan – se din plan och markera steg som klara
    /book – boka ett möte med din handledare
    /appointments – se, flytta eller avboka dina möten
    /mood – berätta hur det går
    /counsellor – be din handledare att kontakta dig
    /intake – svara på startfrågorna igen
    /profile – se och ändra dina svar
    /mydata – se vad Polku sparar om dig
    /forget – radera dina uppgifter
    /cancel – sluta med frågorna
    /language – byt språk
    /help – visa den här listan
help-counsellor =
    Det här kan du göra:
    /learners – se dina studerande och deras planer
    /appointments – se och avboka dina möten
    /escalations – studerande som kanske behöver dig nu
    /invite – gör en inbjudningslänk till en ny studerande
    /cancel – sluta lägga till ett steg
    /language – byt språk
    /help – visa det här meddelandet
help-coordinator =
    Det här kan du göra:
    /invite – gör en inbjudningslänk till en handledare eller en koordinator
    /staff – stäng eller öppna personalens tillgång, flytta studerande, välj reservhandledare
    /campaign – skicka påminnelser till grupper av studerande, se förhandsvisningar och rapporter
    /escalations – öppna meddelanden om studerande
    /language – byt språk
    /help – visa det här meddelandet

## The command menu (short, plain text, no formatting)

command-start = Börja
command-help = Hjälp
command-language = Byt språk
command-suomi = Öva finska: meddelanden också på finska
command-invite = Gör en inbjudningslänk
command-intake = Svara på startfrågorna
command-profile = Se och ändra dina svar
command-mydata = Se dina uppgifter
command-forget = Radera dina uppgifter
command-cancel = Sluta med frågorna
command-learners = Dina studerande och deras planer
command-plan = Din plan
command-book = Boka ett möte
command-appointments = Dina möten
command-mood = Berätta hur du mår
command-checkin = Välj när jag frågar hur du mår
command-counsellor = Prata med din handledare
command-escalations = Studerande som kanske behöver dig

## Making invites

invite-choose-role = Vem vill du bjuda in?
invite-role-counsellor = En handledare
invite-role-coordinator = En koordinator
invite-created-learner =
    Här är en inbjudningslänk för en ny studerande. Skicka den bara till den personen. Den fungerar en gång, till { $expires }.

    { $link }
invite-created-counsellor =
    Här är en inbjudningslänk för en handledare. Skicka den bara till den personen. Den fungerar en gång, till { $expires }.

    { $link }
invite-created-coordinator =
    Här är en inbjudningslänk för en koordinator. Skicka den bara till den personen. Den fungerar en gång, till { $expires }.

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = <b>{ $name }</b> började använda Polku med din inbjudan. Nu är hen en av dina studerande.
notice-staff-joined =
    <b>{ $name }</b> började använda Polku som { $role ->
        [coordinator] koordinator
       *[counsellor] handledare
    }.

## Input that Polku does not take

input-text = Förlåt, jag förstod inte. Skriv /help så ser du vad jag kan göra.
input-long-text = Ditt meddelande är för långt för mig. Skriv ett kortare meddelande.
input-media = Jag kan bara läsa text. Skriv ditt meddelande.
input-private-data = Tack, men jag behöver inte din plats eller dina kontakter. Jag sparade dem inte.
input-edited = Jag kan bara läsa nya meddelanden, inte ändringar. Skicka ditt meddelande igen.
input-unknown-command = Jag känner inte till det här kommandot. Skriv /help så ser du vad jag kan göra.
input-slow-down = Du skickar många meddelanden mycket snabbt. Vänta en stund och skriv sedan igen. Jag läste inte de sista meddelandena.

## Errors

error-generic = Förlåt, något gick fel hos mig. Försök igen om en stund.
error-not-allowed = Förlåt, du kan inte göra det här.
error-stale-button = Den här knappen fungerar inte längre.
