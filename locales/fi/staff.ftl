## Staff leave: a coordinator's /staff, and notices about reassigned learners

command-staff = Henkilöstö: lopeta käyttöoikeus
staff-none = Muita henkilöstön jäseniä ei ole.
staff-list =
    Tässä ovat uraohjaajat ja koordinaattorit.
    Paina nimeä, niin lopetat henkilön käyttöoikeuden Polkuun.
staff-deactivate-button = { $role ->
        [coordinator] Poista käytöstä: { $name } (koordinaattori)
       *[counsellor] Poista käytöstä: { $name } (uraohjaaja)
    }
staff-deactivate-confirm =
    Lopetetaanko henkilön <b>{ $name }</b> käyttöoikeus nyt? { $role ->
        [coordinator] Hän ei voi enää käyttää Polkua koordinaattorina.
       *[counsellor] Hän ei voi enää käyttää Polkua. Hänen opiskelijansa odottavat uutta uraohjaajaa.
    }
staff-confirm-button = Kyllä, lopeta käyttöoikeus
staff-deactivated =
    Henkilön <b>{ $name }</b> käyttöoikeus on päättynyt. { $count ->
        [0] Hänellä ei ollut opiskelijoita.
        [one] Yksi opiskelija odottaa uutta uraohjaajaa.
       *[other] { $count } opiskelijaa odottaa uutta uraohjaajaa.
    }
notice-learners-reassigned = { $count ->
        [one] Sinulla on yksi uusi opiskelija. Kirjoita /learners, niin näet hänet.
       *[other] Sinulla on { $count } uutta opiskelijaa. Kirjoita /learners, niin näet heidät.
    }
