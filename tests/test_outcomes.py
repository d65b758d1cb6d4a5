"""Decision texts and the outcome they record (``_sections.classify``), in phrasings from real
committee protocols, general assemblies and board minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

import referat
from referat import _sections
from referat.models import Outcome

CASES = [
    # agreement reached is a decision; agreement to wait is a postponement
    ("Der var enighed om at slå stillingen op i marts og spørge seniorspillerne om"
     " hjælpetrænere. Rikke laver opslag til Facebook.", Outcome.APPROVED),
    ("Der var enighed om, at klubben søger tilskud.", Outcome.APPROVED),
    ("Der var enighed om at udsætte sagen.", Outcome.POSTPONED),
    # an informal board's wait for the next meeting; a proposal that fell after a vote
    ("Vi syntes det var for stort til at afgøre uden hende, så det venter til næste møde.",
     Outcome.POSTPONED),
    ("Efter afstemningen er forslaget faldet.", Outcome.REJECTED),
    # a decision not to act, the subject after the verb
    ("Efter en drøftelse besluttede bestyrelsen ikke at gå videre med sagen.", Outcome.REJECTED),
    ("Der var enighed om at tage det op igen, når lageret er indrettet.", Outcome.DISCUSSED),
    ("Der var bred enighed om, at model B er den mest realistiske.", Outcome.DISCUSSED),
    ("Der var ikke enighed om forslaget.", Outcome.DISCUSSED),
    # discussed and to be taken up again, then noted: the closing note wins
    ("Bestyrelsen drøftede stigningen i lønudgifterne. Budgettet tages op igen på"
     " septembermødet.\nTaget til efterretning.", Outcome.NOTED),
    ("Drøftet. Sagen genoptages på mødet i marts.", Outcome.DISCUSSED),
    # put off, with a wish that others discuss it first: postponed, not discussed here
    (
        "Sagen blev udsat, da KKR ønsker strategien drøftet i kommunalbestyrelserne først. "
        "Sagen genoptages på mødet den 14. september 2023.",
        Outcome.POSTPONED,
    ),
    # an authority grants or refuses a permit
    ("Indstillingen blev ikke fulgt. Udvalget meddeler tilladelse til byggeriet.",
     Outcome.APPROVED),
    ("Dispensation meddeles på vilkår af, at hegnet udføres i ubehandlet træ.", Outcome.APPROVED),
    ("Der meddeles ikke tilladelse.", Outcome.REJECTED),
    ("The proposal was accepted.", Outcome.APPROVED),
    ("The proposal was not accepted.", Outcome.REJECTED),
    # informal minutes' short answers, only at the start of the text
    ("ja, vi søger", Outcome.APPROVED),
    ("ja - begge optages", Outcome.APPROVED),
    ("vi gør som sidste år", Outcome.APPROVED),
    ("nej tak – men vi kigger på det igen til foråret", Outcome.REJECTED),
    ("taget til eft.", Outcome.NOTED),
    ("- Er der nogen vi kan opfordre?\nNej", Outcome.DISCUSSED),
    ("Ja det mener jeg da også", Outcome.DISCUSSED),
    # "afviste" as an adjective ("de 412 afviste poster") rejects nothing
    ("Mikkel Dahl følger op på de 412 afviste poster.", Outcome.DISCUSSED),
    ("Bestyrelsen afviser forslaget og beder om et nyt.", Outcome.REJECTED),
    # sent on with the committee's recommendation: recommended, as "Anbefales."
    ("Oversendes til Økonomiudvalget med udvalgets anbefaling.", Outcome.APPROVED),
    # backing a plan is approving it
    ("Frederik fortalte om lejren. Bestyrelsen bakkede op om ansøgningen.", Outcome.APPROVED),
    ("Udvalget gav sin opbakning til projektet.", Outcome.APPROVED),
    ("Følgegruppen bakker op, og ansøgningen sendes inden fristen.", Outcome.APPROVED),
    # news bullets report what others decided; the closing line takes note of them
    ("- Provstiudvalget har bevilget 180.000 kr. til diget.\n- Møde med kommunen om"
     " parkering.\nOrienteringen blev taget til efterretning.", Outcome.NOTED),
    ("- Regnskab 2024 viser et underskud på 6.700 kr.\n- Tilskud fra Kulturpuljen er bevilget"
     " (18.000 kr.).\n- Taget til efterretning.", Outcome.NOTED),
    ("Hovedpointerne var:\n1. Vægtene virker\nDer blev foreslået en løsning, hvor retten vælges"
     " automatisk.\n2. Netværk\nProjektgruppen tog opsamlingen til efterretning.", Outcome.NOTED),
    # negated approval is a rejection
    ("Udvalget godkendte ikke ansøgningen.", Outcome.REJECTED),
    ("Anbefales ikke.", Outcome.REJECTED),
    ("Ansøgningen imødekommes ikke.", Outcome.REJECTED),
    ("Ansøgningen kan ikke godkendes.", Outcome.REJECTED),
    ("Udvalget kan ikke anbefale forslaget.", Outcome.REJECTED),
    ("Udvalget besluttede ikke at igangsætte projektet.", Outcome.REJECTED),
    ("Afslag.", Outcome.REJECTED),
    ("Udvalget afslog ansøgningen.", Outcome.REJECTED),
    # no decisions taken: what is recommended or reported decides nothing
    ("Der blev ikke truffet beslutninger på workshoppen. Deltagerne anbefaler styregruppen at"
     " igangsætte en forundersøgelse.", Outcome.DISCUSSED),
    ("Punktet blev udsat til et ekstraordinært møde. Der blev ikke truffet beslutning.",
     Outcome.POSTPONED),
    # an arrow leads to the result, after the vote that gave it
    ("Diskuteret, ikke enighed. For: RS, HE, JV. Imod: MK, MS → vedtaget, prøve t.o.m. jul",
     Outcome.APPROVED),
    ("Kontingent: for: 3, imod: 2 -> forkastet", Outcome.REJECTED),
    ("Bestyrelsen afviser forslaget og indsender høringssvar senest 16. juni.", Outcome.REJECTED),
    ("Forslaget faldt.", Outcome.REJECTED),
    ("Forslaget faldt med 10 stemmer for og 14 imod.", Outcome.REJECTED),
    ("Forslaget fik ikke det nødvendige flertal.", Outcome.REJECTED),
    # a decision left for a later meeting is postponed, whatever verb announces it
    ("Ole foreslog en fælles udflugt for rådet i juni. Tages op i marts.", Outcome.POSTPONED),
    ("Rasmus foreslog en MobilePay-automat i baren. Tages op igen i foråret.", Outcome.POSTPONED),
    ("Godkendes endeligt på næste møde.", Outcome.POSTPONED),
    ("Punktet behandles igen på næste møde.", Outcome.POSTPONED),
    ("Revisor vælges på et senere møde.", Outcome.POSTPONED),
    ("Endelig vedtagelse på næste møde.", Outcome.POSTPONED),
    ("AFLYST. Punktet flyttes til mødet den 4. december.", Outcome.POSTPONED),
    ("Ingen beslutning – tages op igen, når Bjarne er tilbage.", Outcome.POSTPONED),
    # discharge granted, and a committee's recommendation to the council, approve
    ("Decharge blev meddelt med alle repræsenterede stemmer.", Outcome.APPROVED),
    ("Bestyrelsen fik fuld decharge.", Outcome.APPROVED),
    ("Bestyrelsen fik ikke decharge.", Outcome.DISCUSSED),
    ("Udvalget anbefaler over for Økonomiudvalget og Byrådet, at kommunen køber grunden.",
     Outcome.APPROVED),
    ("Prioriteret – indstilles til tilsagn", Outcome.APPROVED),
    # an earlier meeting's decision is none of this meeting's
    ("På sidste møde blev det besluttet at købe en ny pumpe. Pumpen er nu leveret.",
     Outcome.DISCUSSED),
    ("På mødet den 13. maj blev det besluttet at revidere princippet. Udkastet blev godkendt.",
     Outcome.APPROVED),
    ("No decision. Carried over to PM #8.", Outcome.POSTPONED),  # (a motion "carried" passes)
    ("The motion was carried.", Outcome.APPROVED),
    # a discussion that goes on at a later meeting is discussed; a postponement proper is not
    ("Udkast drøftet. Endelig vedtagelse på næste møde.", Outcome.DISCUSSED),
    ("Drøftet. Sagen genoptages på udvalgets møde i december.", Outcome.DISCUSSED),
    ("Rådet drøftede sagen. Punktet genoptages.", Outcome.DISCUSSED),
    ("Drøftet. Sagen udsættes til næste møde.", Outcome.POSTPONED),
    ("Sagen blev drøftet og sendes tilbage til forvaltningen.", Outcome.POSTPONED),
    # a change written as a limit, a "tilretning", a counted correction
    ("Godkendt, men med max 60 billetter pr. forestilling.", Outcome.APPROVED_WITH_CHANGES),
    ("Det ændrede forslag blev vedtaget med 38 stemmer for.", Outcome.APPROVED_WITH_CHANGES),
    # a revision laid before the meeting, approved as it stands
    ("Det reviderede budget blev godkendt enstemmigt.", Outcome.APPROVED),
    ("Datamodellen blev godkendt med ovenstående tilretning.", Outcome.APPROVED_WITH_CHANGES),
    ("Approved with one correction: the number was 12, not 21.", Outcome.APPROVED_WITH_CHANGES),
    # a body's own step decided: answering a hearing, going on with an offer, backing a wish
    ("Bestyrelsen afgiver høringssvar og er imod forslaget.", Outcome.APPROVED),
    ("Vi går videre med tilbuddet fra Løbeshoppen. Mona bestiller prøvestørrelser.",
     Outcome.APPROVED),
    ("Elevrådet har samlet 2.300 kr. ind. Bestyrelsen støtter ønsket.", Outcome.APPROVED),
    # a body putting a thing forward to the next level, a yes, minutes signed: approved
    ("Bestyrelsen indstiller projektet til tilsagn med 285.000 kr.", Outcome.APPROVED),
    ("Den bliver lørdag d. 28. juni, og vi har sagt ja til at bruge op til 6.000 kr.",
     Outcome.APPROVED),
    ("Protokollen fra mødet den 12. februar blev underskrevet af de tilstedeværende.",
     Outcome.APPROVED),
    # an amendment adopted changes the decision it is part of
    ("Bestyrelsen foreslog kontingentet hævet til 1.350 kr. Peter stillede ændringsforslag om"
     " 1.300 kr. Ændringsforslaget blev vedtaget. Ungdomskontingentet fastholdes uændret.",
     Outcome.APPROVED_WITH_CHANGES),
    # a proposal that fell, and the state kept: rejected
    ("Forslaget blev ikke vedtaget. Kontingentet fastholdes for 2025.", Outcome.REJECTED),
    ("Kontingentet fastholdes for 2025.", Outcome.APPROVED),
    # "Godkendt, idet ...": approved with the condition or change the clause states
    ("Godkendt, idet høringsperioden forlænges til den 17. januar 2020.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Anbefales, idet udvalget ønsker en stiforbindelse indarbejdet.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Godkendt, idet det blev oplyst, at sag 117 udgår.", Outcome.APPROVED),
    ("Godkendt, idet § 6 udgår, da forslagsstiller har trukket forslaget.", Outcome.APPROVED),
    ("Dagsordenen blev godkendt, idet borgmesteren meddelte, at pkt. 118 udgår.",
     Outcome.APPROVED),
    # a grant of less than was sought approves with changes; members admitted are approved
    ("Bevilget med 400.000 kr. i stedet for de ansøgte 480.000 kr.", Outcome.APPROVED_WITH_CHANGES),
    ("Ansøgning om optagelse fra tre firmaer. Alle tre blev optaget.", Outcome.APPROVED),
    ("Mødet blev optaget på video.", Outcome.DISCUSSED),
    # another body's approval, reported, then taking note of it: noted
    ("Regnskabet er godkendt af organisationsbestyrelsen.\nRegnskabet blev taget til"
     " efterretning.", Outcome.NOTED),
    ("Takstbladet er godkendt af kommunen. Taget til efterretning", Outcome.NOTED),
    ("Provstiudvalget har bevilget 85.000 kr. til varmeanlægget. Formanden deltager i"
     " formandsmødet. Taget til efterretning.", Outcome.NOTED),
    ("Regnskabet blev godkendt. Taget til efterretning.", Outcome.APPROVED),
    # ... or written after the noting, in brackets; an approval earlier, then taking note
    ("Taget til efterretning. (Takstbladet er godkendt af Varde Kommune den 3. december"
     " 2024.)", Outcome.NOTED),
    # a closed item: its decision is in the closed protocol, not in these minutes
    ("Sognepræst og medarbejderrepræsentant forlod mødet under dette punkt.\nPunktet er"
     " behandlet for lukkede døre. Beslutningen er indført i den lukkede protokol.", Outcome.NONE),
    ("Punktet er behandlet for lukkede døre.", Outcome.NONE),
    # a procedural step decided, the matter itself back on a later agenda: postponed
    ("Vi har besluttet at bede om to tilbud mere, før vi tager stilling – så intet er besluttet"
     " endnu. Sagen kommer på igen i januar.", Outcome.POSTPONED),
    # taking note in a sentence with its subject, then a remark: noted
    ("Rådet tog orienteringen til efterretning. Rådet bemærkede, at andelen af kvinder i"
     " beskæftigelse fortsat er lav, og ønsker et særskilt punkt på et kommende møde.",
     Outcome.NOTED),
    ("Referatet var godkendt pr. mail i juli. Af de fem action points er fire lukket.\nTaget"
     " til efterretning.", Outcome.NOTED),
    # what is taken up later in a clause about something else is a follow-up, not the item's
    ("Bestyrelsen godkendte regnskabet. Det blev aftalt, at kontingentet drøftes på næste"
     " møde.", Outcome.APPROVED),
    ("Rådet drøftede planen. Ida skriver et udkast, som tages op på næste møde.",
     Outcome.DISCUSSED),
    ("Det blev aftalt, at punktet tages op på næste møde.", Outcome.POSTPONED),
    ("Punktet blev udsat til næste møde, da Thomas, som skulle fremlægge det, var syg.",
     Outcome.POSTPONED),
    ("Genvalg af Henrik Dam. Nyvalgt: Tove Lund.", Outcome.APPROVED),
    # a body recommending a named thing, or choosing an offer, approves it
    ("Bestyrelsen anbefaler budgettet over for afdelingsmødet.", Outcome.APPROVED),
    ("Udvalget anbefaler forslaget.", Outcome.APPROVED),
    ("Bestyrelsen anbefaler ikke forslaget.", Outcome.REJECTED),
    ("Tilbuddet fra Legeværket ApS vælges.", Outcome.APPROVED),
    # the first decisive phrase of a sentence is its main verb
    ("Godkendt, idet det ikke anbefales at udvide ordningen.", Outcome.APPROVED),
    ("Forslaget blev forkastet, og sagen udsættes.", Outcome.REJECTED),
    ("Sagen udsættes, da den ikke kan godkendes i sin nuværende form.", Outcome.POSTPONED),
    ("Sagen blev drøftet og godkendt.", Outcome.APPROVED),
    ("Vedtaget med 23 stemmer for og 4 imod.", Outcome.APPROVED),
    # approval with changes, however the change is announced
    ("Godkendt med tilføjelse af et punkt om skoleveje.", Outcome.APPROVED_WITH_CHANGES),
    ("Godkendt med enkelte rettelser.", Outcome.APPROVED_WITH_CHANGES),
    ("Tiltrådt med den ændring, at beløbet nedsættes.", Outcome.APPROVED_WITH_CHANGES),
    ("Anbefalet med den ændring, at anlægget udskydes til 2025.", Outcome.APPROVED_WITH_CHANGES),
    ("Anbefales godkendt med den ændring, at provenuet afsættes.", Outcome.APPROVED_WITH_CHANGES),
    ("Indstillingen godkendt, dog således at tilskuddet udgør 40.000 kr.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Godkendt, dog med den ændring at fristen er 1. juni.", Outcome.APPROVED_WITH_CHANGES),
    # a wrapped line after a comma is one sentence ("godkendt," / "dog med den ændring")
    ("Tilbud på 18.500 kr. ekskl. moms blev godkendt,\ndog med den ændring, at arbejdet"
     " udføres\nefter 1. november. HBK følger op.", Outcome.APPROVED_WITH_CHANGES),
    # joining a draft with the changes the meeting made approves it with changes
    ("Rådet tilsluttede sig udkastet med de ændringer, der fremkom på mødet.",
     Outcome.APPROVED_WITH_CHANGES),
    # a condition on an approval is a change to what was proposed
    ("Boardet godkendte vurderingen på betingelse af, at exit-plan udarbejdes.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Godkendt med den betingelse, at budgettet holdes.", Outcome.APPROVED_WITH_CHANGES),
    # a word broken over two lines by a PDF is read whole
    ("Udvalget besluttede at god-\nkende indstillingen med den ændring, at vejen flyttes.",
     Outcome.APPROVED_WITH_CHANGES),
    # approving one offer, but without a part of it, is approving with changes
    ("Bestyrelsen godkendte tilbud B (kr. 186.400), dog uden den foreslåede svævebane.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Bestyrelsen afviste anmodningen, da hækken står på egen grund.", Outcome.REJECTED),
    ("Formanden afviste kritikken om, at sagen var forsinket. Drøftet.", Outcome.DISCUSSED),
    # approving a smaller or changed amount than proposed is approving with changes
    ("Efter drøftelse godkendte bestyrelsen investeringen med en reduceret ramme på 6,2 mio."
     " kr.", Outcome.APPROVED_WITH_CHANGES),
    # signing the minutes under "Underskrift af referat" approves them
    ("Referatet blev underskrevet.", Outcome.APPROVED),
    ("Referatet blev oplæst og underskrevet.", Outcome.APPROVED),
    ("Underskrevet.", Outcome.APPROVED),
    # a proposal that falls on a tie is rejected, not withdrawn
    ("For stemte: A, B og C. Imod stemte: D, E og F. Forslaget bortfaldt på grund af"
     " stemmelighed.", Outcome.REJECTED),
    # a decision with its votes after it is no minority's position
    ("Udvalget drøftede sagen. Forslaget blev herefter sat til afstemning og forkastet, idet"
     " kun Nanna Fjord (DD) og Annette Krogsgaard (K) stemte for.", Outcome.REJECTED),
    # not reached, or put on a later agenda, is postponed
    ("Ikke nået. Sættes på dagsordenen til mødet i september.", Outcome.POSTPONED),
    ("Ikke nået.", Outcome.POSTPONED),
    # giving a consultation response is the body's decision, in any tense
    ("Ældrerådet afgav høringssvar. Rådet ønsker rengøring hver 2. uge.", Outcome.APPROVED),
    ("Der afgives høringssvar som drøftet.", Outcome.APPROVED),
    # English: agreeing to put off a decision puts it off
    ("It was agreed to postpone the decision to the next meeting.", Outcome.POSTPONED),
    ("The board decided to defer the item.", Outcome.POSTPONED),
    ("The proposal will be discussed again at the next meeting.", Outcome.POSTPONED),
    ("It was agreed to buy a new boat.", Outcome.APPROVED),
    # saying no decision was made is a discussion
    ("Johnny fortalte om cykelstien. Der blev ikke truffet beslutning.", Outcome.DISCUSSED),
    # "ok" decides only as the sentence's first word, not in a remark ("den er ok")
    ("Hjertestarteren er blevet tjekket og er ok.", Outcome.DISCUSSED),
    ("OK.", Outcome.APPROVED),
    ("Ok, vi køber den nye printer.", Outcome.APPROVED),
    # saying there is nothing to decide, or nothing under the item, is no outcome
    ("Intet til beslutning.", Outcome.NONE),
    ("Intet til dette punkt.", Outcome.NONE),
    ("Intet under dette punkt.", Outcome.NONE),
    # setting dates is deciding them
    ("Følgende datoer blev fastlagt: 26. juni og 4. december 2025.", Outcome.APPROVED),
    ("GODKENDT MED BETINGELSER", Outcome.APPROVED_WITH_CHANGES),
    ("Projektet godkendes under forudsætning af, at fonden giver tilsagn.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Godkendt med de på mødet aftalte ændringer.", Outcome.APPROVED_WITH_CHANGES),
    ("Godkendt med redaktionelle rettelser.", Outcome.APPROVED_WITH_CHANGES),
    ("Udvalget anbefalede indstillingen med den ændring, at rute 230 bevares.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Godkendt med henblik på ændring af vedtægterne.", Outcome.APPROVED),
    ("Godkendt med 7 stemmer for og ingen imod, uden ændringer.", Outcome.APPROVED),
    # common approval wording and spellings
    ("Udvalget tiltræder indstillingen.", Outcome.APPROVED),
    ("Bevilliget.", Outcome.APPROVED),
    ("Udvalget bevilligede 20.000 kr.", Outcome.APPROVED),
    ("Signe Holm (B) blev udpeget som medlem.", Outcome.APPROVED),
    ("Principgodkendt.", Outcome.APPROVED),
    ("Bestyrelsen konstituerede sig med Ole Jensen som formand.", Outcome.APPROVED),
    ("Kan ikke tiltrædes.", Outcome.REJECTED),
    ("Udvalget kunne ikke tiltræde indstillingen.", Outcome.REJECTED),
    # a report of another body's decision is noted, not decided here
    ("Kasper Kjær orienterede om, at byrådet har vedtaget en ny beskæftigelsesplan.",
     Outcome.NOTED),
    ("Formanden oplyste, at kommunen har godkendt ansøgningen.", Outcome.NOTED),
    ("Formanden orienterede, og bestyrelsen godkendte budgettet.", Outcome.APPROVED),
    # a member's remark after the formula of taking note discusses nothing; "drøftet" does
    ("Taget til efterretning. Politiinspektør Hanne Kold bemærkede stigningen i antallet af "
     "containerbrande.", Outcome.NOTED),
    ("Taget til efterretning. Sagen blev drøftet.", Outcome.DISCUSSED),
    ("Bestyrelsen besluttede at gå videre med tilbuddet fra Suså Rør & Anlæg på 412.000 kr., "
     "dog med den ændring, at strækningen forbi nr. 22-30 tages med.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Koordinationsgruppen bakker op om forslaget, men datoen ændres til 1. april 2027.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Efter debat blev forslaget ændret. Det ændrede forslag blev vedtaget med 38 stemmer for.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Bestyrelsen besluttede at\nkøbe slyngen fra Bihuset (3.450 kr.), men med den ændring,\nat"
     " der købes en 4-rammers.", Outcome.APPROVED_WITH_CHANGES),
    ("Godkendt. Men tidspunktet ændres ikke.", Outcome.APPROVED),
    # a report whose words approve (a milestone "godkendt"), then taking note on a line of its own
    ("Mia gennemgik status: Datamodel godkendt, dashboard forsinket.\n"
     "Styregruppen tog status til efterretning.", Outcome.NOTED),
    ("Generalforsamlingen tilsluttede sig ikke forslaget.", Outcome.REJECTED),
    ("Forslaget opnåede ikke det nødvendige 2/3 flertal.", Outcome.REJECTED),
    ("Der var flertal imod forslaget.", Outcome.REJECTED),
    ("Ingen indkomne forslag.", Outcome.NONE),
    ("Der var ingen indkomne forslag.", Outcome.NONE),
    ("Der var ikke indkommet forslag.", Outcome.NONE),
    ("Kontingentet blev fastsat til 450 kr.", Outcome.APPROVED),
    ("Kontingentet fastholdt uændret.", Outcome.APPROVED),
    ("Datoen er endnu ikke fastsat.", Outcome.DISCUSSED),
    ("Der er ikke modtaget nogen forslag.", Outcome.NONE),
    ("Regnskabet blev godkendt. Ingen bemærkninger.", Outcome.APPROVED),
    ("Der var ingen forslag om ændringer. Godkendt.", Outcome.APPROVED),
    # withdrawn
    ("Punktet blev trukket.", Outcome.WITHDRAWN),
    ("Sagen trækkes.", Outcome.WITHDRAWN),
    ("Forslagsstiller trak forslaget tilbage.", Outcome.WITHDRAWN),
    ("Forslaget bortfaldt.", Outcome.WITHDRAWN),
    ("Punkt 5 blev trukket af dagsordenen.", Outcome.WITHDRAWN),
    ("Udvalget kan anbefale indstillingen.", Outcome.APPROVED),
    ("Enighed om at udsætte beslutningen.", Outcome.POSTPONED),
    # an abbreviation's full stop before a number or a lower-case word ends no sentence
    ("Udvalget godkendte indstillingens pkt. 1, mens pkt. 2 blev udsat.", Outcome.APPROVED),
    ("Formanden orienterede om, at bestyrelsen den 20. februar har godkendt ansøgningen.",
     Outcome.NOTED),
    # votes as parties, then the count in parentheses
    ("For stemte: A, V, C (17)\nImod stemte: Ø, F (6)\nUndlod at stemme: O (2)", Outcome.APPROVED),
    ("For stemte: A, V (5) Imod: Ø (1)", Outcome.APPROVED),
    ("For: A og V (7). Imod: Ø, F og C (16).", Outcome.REJECTED),
    ("Punktet flyttes til næste møde.", Outcome.POSTPONED),
    # an amendment's fate does not decide the item
    ("Regionsrådet godkendte indstillingen. Ændringsforslag fra SF blev ikke vedtaget.",
     Outcome.APPROVED),
    ("Godkendt. Ændringsforslag fra Ø blev forkastet.", Outcome.APPROVED),
    ("Ændringsforslaget fra V blev forkastet.", Outcome.REJECTED),
    # nothing decided
    ("Ikke besluttet.", Outcome.NONE),
    ("Intet.", Outcome.NONE),
    ("Ingenting.", Outcome.NONE),
    ("–", Outcome.NONE),
    ("Intet til referat.", Outcome.NONE),
    ("Ikke noget.", Outcome.NONE),
    ("Ikke besluttet endnu, udsættes.", Outcome.POSTPONED),
    ("Lukket sag", Outcome.NONE),
    ("Lukket punkt.", Outcome.NONE),
    # lines of absences record no outcome
    ("Intet.\n\nFraværende: Kim Drescher (A)", Outcome.NONE),
    ("Ingen.\nAfbud: Kim Drescher (N)", Outcome.NONE),
    ("Godkendt.\nFraværende: Kim Drescher (A)", Outcome.APPROVED),
    # votes: the count decides when no phrase does
    ("Afstemning: For stemte 25. Ingen stemte imod.", Outcome.APPROVED),
    ("Afstemning: For stemte 12 (A, F), imod stemte 13 (V, C, O).", Outcome.REJECTED),
    ("For stemte 15 (A, F, Ø), imod stemte 10 (V, C, O).", Outcome.APPROVED),
    ("Det blev stemt igennem 4 mod 1.", Outcome.APPROVED),
    ("Forslaget fik 9 stemmer for og 20 imod.", Outcome.REJECTED),
    ("Vedtaget med 23 stemmer for og 4 imod.", Outcome.APPROVED),
    ("Forkastet med 10 stemmer for og 14 imod.", Outcome.REJECTED),
    ("For: 40 – Imod: 12 – Blanke: 3", Outcome.APPROVED),
    ("For: 4 – Imod: 23 – Blanke: 3", Outcome.REJECTED),
    ("Ja: 4, Nej: 23, Blank: 2", Outcome.REJECTED),
    ("Stemmerne fordelte sig: 23 for, 4 imod, 2 blanke.", Outcome.APPROVED),
    ("For stemte: 8 (V, C, O)\nImod stemte: 17 (A, F, Ø)\nUndlod: 0", Outcome.REJECTED),
    # deciding to do something negative or to wait
    ("Det blev besluttet ikke at indføre hønsehold.", Outcome.REJECTED),
    ("Bestyrelsen besluttede at afvise ansøgningen.", Outcome.REJECTED),
    ("Bestyrelsen besluttede at udsætte punktet til næste møde.", Outcome.POSTPONED),
    ("Bestyrelsen valgte ikke at gå videre.", Outcome.REJECTED),
    ("Bestyrelsen valgte at udskyde sagen.", Outcome.POSTPONED),
    ("Bo Holm blev valgt.", Outcome.APPROVED),
    ("Bestyrelsen valgte Bo Holm som formand.", Outcome.APPROVED),
    ("Tages op næste gang.", Outcome.POSTPONED),
    ("Vi tager den på næste møde.", Outcome.POSTPONED),
    ("Punktet blev ikke nået.", Outcome.POSTPONED),
    ("Forslagsstiller trak sit forslag.", Outcome.WITHDRAWN),
    # informal minutes' approval after what was agreed
    ("55 kr pr. spejder pr. dag som sidste år. ok fra alle", Outcome.APPROVED),
    # a member's remark of what is to happen elsewhere approves nothing here
    (
        "Gitte gjorde opmærksom på, at klubben skal have valgt ny tillidsrepræsentant.",
        Outcome.DISCUSSED,
    ),
    # nothing asked, then news taken note of: noted
    ("Der var ingen spørgsmål. Budgettet blev taget til efterretning.", Outcome.NOTED),
    # recommended on to the body that decides, as "Anbefales over for ..." is
    ("Indstilles til Erhvervsstyrelsen.", Outcome.APPROVED),
    (
        "Indstilles til Erhvervsstyrelsen med en reduceret bevilling på 12,0 mio. kr.",
        Outcome.APPROVED_WITH_CHANGES,
    ),
    ("Indstilles til afslag.", Outcome.REJECTED),
    ("Sagen indstilles til orientering.", Outcome.NOTED),
    # "idet" over the vote's rest is no change; "frem for" in a wish is one
    ("Vedtaget med 5 stemmer mod 1, idet 1 medlem undlod at stemme.", Outcome.APPROVED),
    ("Vedtaget med 5 stemmer mod 1, idet 1\nmedlem undlod at stemme.", Outcome.APPROVED),
    (
        "Anbefales, idet udvalget ønsker stien prioriteret i 2026 frem for 2027.",
        Outcome.APPROVED_WITH_CHANGES,
    ),
    # the proposer named between the verb and the proposal
    ("Efter en længere debat trak Jonas Bech forslaget.", Outcome.WITHDRAWN),
    # a majority decides, a minority does not
    ("Udvalget anbefaler indstillingen.", Outcome.APPROVED),
    ("Et flertal (A, V) anbefaler indstillingen. Et mindretal (Ø) kan ikke anbefale indstillingen.",
     Outcome.APPROVED),
    ("Et flertal stemte imod forslaget.", Outcome.REJECTED),
    # a sentence that opens with its decision is no member's position, whoever voted against
    (
        "Vedtaget – Nanna stemte imod, da hun mener vi skal holde prisen nede. Det blev aftalt"
        " at søskenderabatten øges til 25 %.",
        Outcome.APPROVED,
    ),
    # not the phrase it resembles (a sweep over the new phrases)
    ("Tilbuddet vælges ikke.", Outcome.REJECTED),
    ("Hvem vælges som formand? Spørgsmålet afventer generalforsamlingen.", Outcome.DISCUSSED),
    ("Punktet blev ikke nået sidst, men blev behandlet i dag og godkendt.", Outcome.APPROVED),
    (
        "Et flertal stemte imod at udsætte sagen, og indstillingen blev herefter godkendt.",
        Outcome.APPROVED,
    ),
    (
        "Forslagsstiller trak sit forslag om udsættelse, og forslaget blev vedtaget.",
        Outcome.APPROVED,
    ),
    # a body decides in the present tense, fixes a date, agrees
    ("Lokalrådet beslutter at sende et nyt brev.", Outcome.APPROVED),
    ("Udvalget beslutter, at sagen sendes i høring.", Outcome.APPROVED),
    ("Bestyrelsen beslutter at udsætte sagen.", Outcome.POSTPONED),
    ("Bestyrelsen beslutter ikke at gå videre med sagen.", Outcome.REJECTED),
    ("Bestyrelsen beslutter at afvise ansøgningen.", Outcome.REJECTED),
    ("Det besluttes at indkøbe en ny plæneklipper.", Outcome.APPROVED),
    ("Datoen fastsættes til lørdag den 21. juni.", Outcome.APPROVED),
    ("Fastsat til fredag den 26. september. Karen køber ind.", Outcome.APPROVED),
    ("Bestyrelsen blev enige om en ny mødeplan.", Outcome.APPROVED),
    ("Bestyrelsen blev enige om at udsætte sagen.", Outcome.POSTPONED),
    ("Parterne enedes om at dele udgiften.", Outcome.APPROVED),
    ("Bestyrelsen blev ikke enige om forslaget.", Outcome.DISCUSSED),
    ("Bestyrelsen vælger tilbuddet fra Nautic.", Outcome.APPROVED),
    ("Jakob fortalte, at byggeriet starter i marts.", Outcome.NOTED),
    ("Direktøren redegjorde for sagen. Udvalget godkendte indstillingen.", Outcome.APPROVED),
    ("Bestyrelsen vælger at udsætte indkøbet.", Outcome.POSTPONED),
    ("Bestyrelsen vælger ikke at købe jollen.", Outcome.REJECTED),
    # English board minutes
    ("Approved.", Outcome.APPROVED),
    ("Postponed to the next meeting.", Outcome.POSTPONED),
    ("Rejected by the board.", Outcome.REJECTED),
    ("Agenda adopted.", Outcome.APPROVED),
    ("The board resolved to keep the fee unchanged.", Outcome.APPROVED),
    ("The motion was carried.", Outcome.APPROVED),
    ("The proposal was not approved.", Outcome.REJECTED),
    ("The board declined the offer.", Outcome.REJECTED),
    ("The board took note of the report.", Outcome.NOTED),
    ("Strategy approved, subject to adding a KPI on export.", Outcome.APPROVED_WITH_CHANGES),
    ("Approved provided that the budget holds.", Outcome.APPROVED_WITH_CHANGES),
    # session 17: phrases from new documents
    ("Anbefales over for Økonomiudvalget og Byrådet med den ændring, at X nævnes.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Godkendt, dog blev pkt. 6 og 7 byttet om.", Outcome.APPROVED_WITH_CHANGES),
    ("Resolved: The agenda was approved with the change noted above.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Planen godkendt m/ rettelser til nyhedsbrevet.", Outcome.APPROVED_WITH_CHANGES),
    ("Strategy approved, subject to a KPI.\nDecision: godkendt", Outcome.APPROVED_WITH_CHANGES),
    ("Vi venter med en beslutning til Erik er tilbage.", Outcome.POSTPONED),
    # session 18
    ("Intet.\nNæste møde: mandag den 5. maj 2025 kl. 19.00 i Konfirmandstuen.", Outcome.NONE),
    ("Næste møde afholdes den 13. juni 2023.", Outcome.NONE),
    ("Udsat.\nNæste møde: 5. maj.", Outcome.POSTPONED),
    ("Næste møde afholdes i Silkeborg. JB udsender mødeindkaldelse.", Outcome.DISCUSSED),
    ("No items.", Outcome.NONE),
    ("Intet til referat. Spørgsmål til referatet kan sendes til mr@x.dk.", Outcome.NONE),
    ("Ingen bemærkninger. Regnskabet blev godkendt.", Outcome.APPROVED),
    ("Intet nyt. Taget til efterretning.", Outcome.NOTED),
    ("Intet nyt siden sidst.", Outcome.NONE),
    # news, then nothing to remark: nothing decided
    ("Medarbejdersamtaler afholdt med graver og organist. Intet at bemærke.", Outcome.NONE),
    ("Budgettet blev godkendt med\nden ændring, at kontingentet fastsættes til 1.150 kr.",
     Outcome.APPROVED_WITH_CHANGES),
    ("- Ny direktør for Teknik og Miljø tiltræder 1. december 2024.\nTaget til efterretning.",
     Outcome.NOTED),
    ("Udvalget tiltræder indstillingen.", Outcome.APPROVED),
    ("Gyngestativet bliver fjernet. Nyt stativ drøftes på næste møde.", Outcome.POSTPONED),
    ("Sagen drøftes igen på et senere møde.", Outcome.POSTPONED),
    ("Der var ikke enighed, så vi venter med det til næste gang.", Outcome.POSTPONED),
    ("Alle var enige. Annonce i Ugeavisen ved Lis.", Outcome.APPROVED),
    ("Alle var enige om at udsætte sagen.", Outcome.POSTPONED),
    ("Herefter blev indstillingen anbefalet godkendt med 4 stemmer mod 3.\nMindretalsudtalelse:\n"
     "V og O kan ikke anbefale lokalplanforslaget.", Outcome.APPROVED),
    # a box not ticked is a to-do of an agenda's template, a ticked one records
    ("- [ ] Mødeleder og referent udpeget\n- [ ] Dagsorden godkendt", Outcome.NONE),
    ("- [x] Mødeleder og referent udpeget\n- [x] Dagsorden godkendt", Outcome.APPROVED),
    ("Drøftet.\n- [ ] Mona sender revideret tidsplan", Outcome.DISCUSSED),
    ("Intet under evt.", Outcome.NONE),
    ("Ingen punkter under eventuelt.", Outcome.NONE),
    ("Intet under evt.\nNæste møde afholdes fysisk i Horsens torsdag den 3. december kl. 10-12.",
     Outcome.NONE),
    # what was decided is the verb after "besluttede ... at" (session 30)
    ("Efter en drøftelse besluttede menighedsrådet at udsætte sagen, til tilbuddet foreligger.",
     Outcome.POSTPONED),
    ("Der var stemning for idéen, men det blev besluttet at vente til næste møde.",
     Outcome.POSTPONED),
    ("Efter en længere snak enedes man om at udsætte beslutningen til april.", Outcome.POSTPONED),
    ("Forretningsudvalget besluttede at:\na) afvise ansøgningen i sin nuværende form,\n"
     "b) opfordre foreningen til at søge igen.", Outcome.REJECTED),
    ("Styregruppen besluttede at:\na) tage orienteringen til efterretning.", Outcome.NOTED),
    # a change named before the approval ("med denne rettelse blev ... godkendt")
    ("Referatet rettes, og med denne rettelse blev referatet godkendt.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Efter debat blev beløbet sat ned. Med denne ændring blev vedtægterne vedtaget.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Det blev besluttet at godkende aftalen, dog med den ændring, at varslet er 6 måneder.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Godkendt m. tilføjelser", Outcome.APPROVED_WITH_CHANGES),
    ("Planen vedtaget til offentlig høring i 8 uger, idet § 4 ændres, så tegltag tillades.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Bestyrelsen kunne tilslutte sig ændringen. Budgettet blev herefter vedtaget.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Udvalget har tidligere anbefalet bevillingen. Bevillingen tiltrådt med Hans Holms"
     " ændringsforslag, så beløbet bliver 2 mio. kr.", Outcome.APPROVED_WITH_CHANGES),
    # saying yes, going ahead, backing the plan
    ("Elevrådet stemte ja til caféen (7 for, 2 undlod).", Outcome.APPROVED),
    ("Vi siger ja til tirsdagstiden, og Ole giver hallen besked.", Outcome.APPROVED),
    ("Klubben går videre med den billigste løsning.", Outcome.APPROVED),
    ("Bestyrelsen bakker op om aftalen, som annonceres i nyhedsbrevet.", Outcome.APPROVED),
    ("Alle enige om planen.", Outcome.APPROVED),
    ("GO. Version 3 sættes i drift i uge 40.", Outcome.APPROVED),
    # withdrawn with the proposer between the verb and "tilbage"
    ("Efter drøftelse trak Ib Lund Hansen forslaget tilbage.", Outcome.WITHDRAWN),
    ("Bestyrelsen trak herefter forslaget og vil fremsætte det igen til foråret.",
     Outcome.WITHDRAWN),
    # an explicit taking of note beats what a report keeps or puts off
    ("Status blev gennemgået. Go-live fastholdes til 1. marts. Styregruppen tog status til"
     " efterretning.", Outcome.NOTED),
    ("Budgettet blev forelagt og taget til efterretning. Taksten fastholdes på 9 kr.",
     Outcome.NOTED),
    ("Trivselsmålingen er udskudt.\n→ Bestyrelsen tog beretningen til efterretning.",
     Outcome.NOTED),
    ("Taget ti1 efterretning.", Outcome.NOTED),  # OCR: "1" for "l"
    # what was agreed, under its label
    ("Gruppen drøftede modellerne.\nAftalt: Der arbejdes videre med model B.", Outcome.APPROVED),
    ("Aftalt: Entreprenørerne tilrettelægger arbejdet herefter. JS orienterer LBH.",
     Outcome.APPROVED),
    # another body's approval told after the meeting took note
    ("Taget til efterretning. Lån godkendt af kommunen forventes i efteråret.", Outcome.NOTED),
    # entries of one decision each, one approved and another rejected: a mixed result
    ("EA 7: Ekstra fundering, kr. 38.400. Godkendt\naf bygherre.\nEA 8: Merpris for tagpap.\n"
     "Afvist – ydelsen er indeholdt i udbuddet.", Outcome.NONE),
    ("- Ekstraarbejde nr. 2 godkendt på regning.\n- Ekstraarbejde nr. 3: ikke godkendt.",
     Outcome.NONE),
    ("Ændringsforslaget blev forkastet.\nForslaget blev vedtaget.", Outcome.APPROVED),
    # a wish or request beside an approval is no change; a change after "idet" is one
    ("Godkendt, idet udvalget ønsker en evaluering efter et år.", Outcome.APPROVED),
    ("Godkendt, idet kommissionen samtidig anmoder direktøren om en handleplan.",
     Outcome.APPROVED),
    ("Godkendt, idet høringsperioden forlænges til 1. maj.", Outcome.APPROVED_WITH_CHANGES),
    # a question the item raised put off after the item's own outcome
    ("Regnskabet blev taget til efterretning. Spørgsmålet om kontingent udsættes til"
     " budgetmødet i november.", Outcome.NOTED),
    ("Regnskabet blev godkendt. Drøftelsen af kontingentet udsættes.", Outcome.APPROVED),
    ("Spørgsmålet om kontingent udsættes til november.", Outcome.POSTPONED),
    ("ℹ️ Besluttet: Til orientering – taget til efterretning.", Outcome.NOTED),
    # a figure that fell is no vote; a member's wish in the protocol is an aside
    ("Antallet af passagerer faldt med 1,1 pct. i forhold til sidste år.", Outcome.DISCUSSED),
    ("Anbefales.\nFor | Imod | Undlod\nA, V, C (5) | Ø (1) | –\nTilført protokollen: Karsten"
     " Lund (Ø) ønsker huset anvendt som\nungdomsklub og kan derfor ikke anbefale salget.",
     Outcome.APPROVED),
    # an approval in a clause about later ("når budgettet er vedtaget") decides nothing now
    ("Drøftet. Punktet tages op igen i november, når budgettet er vedtaget i byrådet.",
     Outcome.DISCUSSED),
    ('Bestyrelsen foreslog en ny § 9: "Man kan stemme elektronisk, når bestyrelsen har en'
     ' løsning." Vedtaget enstemmigt.', Outcome.APPROVED),
    # a body's recommendation onwards, whoever the body ("RAR Fyn"), not the administration's
    ("RAR Fyn anbefaler over for Beskæftigelsesrådet, at målgruppen udvides som foreslået.",
     Outcome.APPROVED),
    ("Forvaltningen anbefaler over for udvalget, at planen sendes i høring.", Outcome.DISCUSSED),
    # English minutes: the orientation taken to note
    ("The council took the orientation to note.", Outcome.NOTED),
    # a closed item's decision in the closed protocol: none recorded here
    ("Behandlet for lukkede døre. Beslutningen fremgår af den lukkede protokol.", Outcome.NONE),
    ("Punktet blev behandlet for lukkede døre. Beslutningen er ført i lukket protokol.",
     Outcome.NONE),
    ("Behandlet for lukkede døre.", Outcome.NONE),
    # the body's yes, and a yes with a change; someone's yes in a story decides nothing
    ("Bestyrelsen sagde ja.", Outcome.APPROVED),
    ("Udvalget sagde ja, men med den ændring at der først sættes 10.000 kr. til side.",
     Outcome.APPROVED_WITH_CHANGES),
    ("Han sagde ja, men det var for sent.", Outcome.DISCUSSED),
    # a change told after the vote's counts and who voted against; an item added; agreeing now
    ("Forslaget blev vedtaget med 4 stemmer mod 1 (Torben Krag) med den ændring, at ordningen"
     " først træder i kraft 1. juli.", Outcome.APPROVED_WITH_CHANGES),
    ("Dagsordenen blev godkendt med det tilføjede punkt.", Outcome.APPROVED_WITH_CHANGES),
    ("PR tilslutter sig udkastet med den ændring, at afsnit 3 udgår.",
     Outcome.APPROVED_WITH_CHANGES),
    # agreed, but with a change; an item added to the agenda
    ("Vi blev enige om at sende ansøgningen, men med den ændring, at beløbet hæves til 95.000"
     " kr.", Outcome.APPROVED_WITH_CHANGES),
    ("Godkendt. Punkt 4.3 blev tilføjet på Olivers opfordring.", Outcome.APPROVED_WITH_CHANGES),
    # approved with an amount changed
    ("Godkendt, dog hæves budgettet til 10.000 kr. efter forslag fra Amir.",
     Outcome.APPROVED_WITH_CHANGES),
]  # fmt: skip


CASES += [
    # a closed item's notice: its decision is in another protocol, none recorded here
    ("Beslutningen fremgår af det lukkede referat.", Outcome.NONE),
    ("Se lukket protokol.", Outcome.NONE),
    ("Punktet behandles for lukkede døre.", Outcome.NONE),
    # the majority it passed by after "idet" is no condition
    ("Forslaget blev vedtaget, idet over 2/3 af de afgivne stemmer var for.", Outcome.APPROVED),
    ("Vedtaget, idet 2/3 stemte for.", Outcome.APPROVED),
    # nor an item moved behind closed doors: the agenda approved as it stands
    ("Godkendt, idet punkt 7 behandles for lukkede døre.", Outcome.APPROVED),
    ("Godkendt, idet høringsperioden forlænges til 8 uger.", Outcome.APPROVED_WITH_CHANGES),
]


@pytest.mark.parametrize(("text", "outcome"), CASES, ids=[c[0][:40] for c in CASES])
def test_outcome_of_decision_text(text: str, outcome: Outcome) -> None:
    assert _sections.classify(text)[0] is outcome


def test_adopting_the_recommendation_is_approval_that_refers_to_it() -> None:
    assert _sections.classify("Indstillingen blev godkendt.") == (Outcome.APPROVED, True)
    assert _sections.classify("Indstillingen blev ikke godkendt.")[0] is Outcome.REJECTED
    assert _sections.classify("Udvalget var enige i indstillingen.") == (Outcome.APPROVED, True)


_REMARK_DOC = """# Referat af bestyrelsesmøde 3. marts 2025

{before}

## 1. Godkendelse af dagsorden
{first}

## 2. Trafikplan
{second}

## 3. Budget
Sagsfremstilling: Forvaltningen har udarbejdet et budget.

## 4. Eventuelt
Intet.
"""

# A remark about another item (before the items, or under item 1): that item's decision,
# unless its own text settles it; never the decision of the item whose text holds it.
REMARKS = [
    ("Punkt 2 udgik.", "Godkendt.", "Udsat.", {"1": Outcome.APPROVED, "2": Outcome.WITHDRAWN}),
    ("Pkt. 3 udsættes til næste møde.", "Godkendt.", "Godkendt.", {"3": Outcome.POSTPONED}),
    ("Punkt 3 blev trukket af dagsordenen.", "Godkendt.", "", {"3": Outcome.WITHDRAWN}),
    ("Sag nr. 3 udgår.", "Godkendt.", "", {"3": Outcome.WITHDRAWN}),
    ("", "Pkt. 3 udsættes til næste møde.", "Godkendt.",
     {"1": Outcome.NONE, "3": Outcome.POSTPONED}),
    ("", "Godkendt. Punkt 3 (Budget) udgår.", "", {"1": Outcome.APPROVED, "3": Outcome.WITHDRAWN}),
    ("Punkt 2 og 3 blev ikke behandlet og tages op på næste møde.", "Godkendt.", "",
     {"2": Outcome.POSTPONED, "3": Outcome.POSTPONED}),
    # in the middle of a sentence, only where the agenda is approved
    ("", "Godkendt med den ændring, at punkt 2 udgår, og at pkt. 3 udsættes til næste møde.", "",
     {"1": Outcome.APPROVED_WITH_CHANGES, "2": Outcome.WITHDRAWN, "3": Outcome.POSTPONED}),
    ("", "Godkendt.", "Forslaget om, at punkt 3 udgår af vedtægterne, blev vedtaget.",
     {"2": Outcome.APPROVED, "3": Outcome.NONE}),
    # the item's own text settles it
    ("Punkt 2 udgik.", "Godkendt.", "Godkendt.", {"2": Outcome.APPROVED}),
    # about an earlier meeting, or a sub-point, or not at the start of a sentence
    ("Punkt 3 blev udsat på sidste møde.", "Godkendt.", "", {"3": Outcome.NONE}),
    ("Punkt 3.2 udgår.", "Godkendt.", "", {"3": Outcome.NONE}),
    ("Vedtægternes § 6 punkt 3 udgår.", "Godkendt.", "", {"3": Outcome.NONE}),
    ("Punkt 3 blev taget til efterretning.", "Godkendt.", "", {"3": Outcome.NONE}),
]  # fmt: skip


@pytest.mark.parametrize(("before", "first", "second", "outcomes"), REMARKS)
def test_remark_about_another_item(
    before: str, first: str, second: str, outcomes: dict[str, Outcome]
) -> None:
    meeting = referat.parse(_REMARK_DOC.format(before=before, first=first, second=second))
    got = {
        it.number: (it.decision.outcome if it.decision else Outcome.NONE) for it in meeting.agenda
    }
    assert {n: got[n] for n in outcomes} == outcomes
    if before:  # the remark itself stays in the notes
        assert any(before in note.text for note in meeting.notes)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "Der blev spurgt til belysningen på stien. Dorthe tager det med til kommunen.",
            Outcome.NONE,
        ),
        ("- Ønske om flere kurser for begyndere\n- Standerhejsning d. 13/4 kl. 10", Outcome.NONE),
        ("Julefrokosten blev drøftet.", Outcome.DISCUSSED),
        # a remark and no discussion recorded as such; a topic for a later meeting
        ("Der blev talt om at flytte månedsmøderne. Ingen beslutning.", Outcome.NONE),
        ("Jørn foreslog en ny hjemmeside. Tages op på næste møde.", Outcome.NONE),
        ("Positiv stemning for åbent hus – drøftes på næste møde.", Outcome.NONE),
        ("Punktet om hjemmesiden blev udsat.", Outcome.POSTPONED),
        ("Det blev besluttet at holde sommerfest 21. juni.", Outcome.APPROVED),
        # news told under Eventuelt is no taking note of a report: nothing is decided
        ("Rune orienterede om, at plejecentret holder åbent hus d. 27/9.", Outcome.NONE),
        (
            "Susanne mindede om julefrokosten. Kurt oplyste, at der kommer nye regler for"
            " kørselsgodtgørelse fra 1. januar.",
            Outcome.NONE,
        ),
        ("Formanden orienterede om kommunens svar. Taget til efterretning.", Outcome.NOTED),
    ],
)
def test_remarks_under_eventuelt_decide_nothing(text: str, outcome: Outcome) -> None:
    meeting = referat.parse(f"# Referat\n\nDato: 3. maj 2024\n\n## 1. Eventuelt\n\n{text}\n")
    assert meeting.agenda[0].decision is not None
    assert meeting.agenda[0].decision.outcome is outcome


@pytest.mark.parametrize(
    ("title", "text", "outcome"),
    [
        ("Velkomst", "Formanden bød velkommen, særligt til Torben.", Outcome.NONE),
        ("Velkomst og præsentationsrunde", "SA bød velkommen. Deltagerne præsenterede sig.",
         Outcome.NONE),
        ("Næste møde", "Næste styregruppemøde afholdes 15/10/2024 kl. 09:00.", Outcome.NONE),
        # a closed item's text that says only so, and a signature sheet's names
        ("Lukket punkt: Personalesag", "Fortrolig.", Outcome.NONE),
        ("Underskriftsark", "Gunnar Ravnholt\nSusanne Bak\nKaren Lindquist", Outcome.NONE),
        # the rule for remarks on the minutes is no approval
        ("Næste møde", "Byggemøde nr. 15 afholdes 18. marts kl. 9.00. Bemærkninger til"
         " referatet senest 5 dage efter, ellers betragtes referatet som godkendt.",
         Outcome.NONE),
        ("Næste møde og evt.", "PM3 afholdes online 21.04.2026. RH udsender indkaldelse.",
         Outcome.NONE),
        # a talk told under a welcome stays noted; a decision stays one
        ("Velkomst og oplæg", "Jens fortalte om centerets virke.", Outcome.NOTED),
        ("Velkomst og godkendelse af dagsorden", "Dagsordenen blev godkendt.", Outcome.APPROVED),
    ],
)  # fmt: skip
def test_a_welcome_or_the_next_meeting_decides_nothing(
    title: str, text: str, outcome: Outcome
) -> None:
    meeting = referat.parse(f"# Referat\n\nDato: 3. maj 2024\n\n## 1. {title}\n\n{text}\n")
    assert meeting.agenda[0].decision is not None
    assert meeting.agenda[0].decision.outcome is outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Forældreaftenen afholdes tirsdag den 22. april kl. 19.00 i aulaen.", Outcome.APPROVED),
        ("Der nedsættes en arbejdsgruppe med tre medlemmer.", Outcome.APPROVED),
        ("Trænermodul 2 er udbudt. Kurset afholdes i Errindlev.", Outcome.DISCUSSED),
        ("Vi tilmelder foreningen forløbet med opstart i april.", Outcome.APPROVED),
        ("Go – release 3.4 sættes i drift tirsdag den 20. maj.", Outcome.APPROVED),
        ("Go-live flyttes til marts.", Outcome.DISCUSSED),
        ("Følgegruppen anbefaler den reviderede tidsplan og budgettet.", Outcome.APPROVED),
        (
            "Bestyrelsen giver formand og næstformand mandat til at antage det billigste tilbud.",
            Outcome.APPROVED,
        ),
        ("Bestyrelsen går videre med forhandlingerne.", Outcome.APPROVED),
        ("Kassereren går videre til næste punkt.", Outcome.DISCUSSED),
        ("Favrskov Kommune optages i samarbejdet pr. 1. maj 2025.", Outcome.APPROVED),
        ("OS2F-412 og OS2F-415 prioriteres i sprint 28.", Outcome.APPROVED),
        (
            "Lokalrådet skriver til Teknik- og Miljøudvalget og beder om en trafiktælling.",
            Outcome.APPROVED,
        ),
        # nothing was decided, however it is said
        ("Der var stemning herfor, men intet blev besluttet.", Outcome.DISCUSSED),
        ("Der blev ikke besluttet noget.", Outcome.DISCUSSED),
        ("Sagen er ikke endeligt besluttet.", Outcome.POSTPONED),
        # a report, then the decision labelled inside the same text: what was done
        (
            "EM fortalte om Favrskovs use cases. Beslutning: Favrskov Kommune optages i "
            "samarbejdet pr. 1. maj 2025.",
            Outcome.APPROVED,
        ),
        (
            "Indkøb af ny trailer (ca. 18.000 kr.) – Beslutning: Godkendt, finansieres af puljen.",
            Outcome.APPROVED,
        ),
        # ... and a change it is done with, after a comma
        (
            "Forslaget sendes i høring, dog med den ændring, at høringsperioden forlænges til 8 "
            "uger.",
            Outcome.APPROVED_WITH_CHANGES,
        ),
        (
            "Projektet igangsættes, men med en mindre justering af tidsplanen.",
            Outcome.APPROVED_WITH_CHANGES,
        ),
        ("Projektet igangsættes, dog med den bemærkning, at det evalueres.", Outcome.APPROVED),
        # what is sent, held, ordered or written: done; unanimously, as a sentence of its own
        ("Restancen for nr. 17 sendes til inkasso via foreningens advokat.", Outcome.APPROVED),
        ("Susanne sender en venlig påmindelse til de tre parceller.", Outcome.APPROVED),
        ("Vi holder arbejdsdag lørdag d. 5/4-25 kl. 9-13.", Outcome.APPROVED),
        ("Dato fastlagt.", Outcome.APPROVED),
        ("Mads og Rikke skriver høringssvar ud fra drøftelsen.", Outcome.APPROVED),
        ("Frokostordningen fortsætter uændret i 2026. Enstemmigt.", Outcome.APPROVED),
        ("Ansøgningen sendes videre til Kultur- og Fritidsudvalget.", Outcome.APPROVED),
        ("Sagen sendes tilbage til forvaltningen.", Outcome.POSTPONED),
        ("Babysalmesang starter igen i uge 6.", Outcome.DISCUSSED),
        # a committee recommending a choice on; a change cited from an amendment it adopts
        ("Udvalget anbefaler model B over for Økonomiudvalget og Byrådet.", Outcome.APPROVED),
        (
            "Godkendt med den ændring, at bebyggelsesprocenten nedsættes fra 40 til 35, jf. "
            "ændringsforslag fra F. For stemte 13.",
            Outcome.APPROVED_WITH_CHANGES,
        ),
        ("Ændringsforslag fra F blev forkastet. Godkendt.", Outcome.APPROVED),
    ],
)
def test_a_decision_label_stating_what_is_to_be_done_approves(text: str, outcome: Outcome) -> None:
    assert _sections.classify(text, labelled=True)[0] is outcome


def test_a_line_saying_the_last_minutes_were_approved_is_no_label() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 7. marts 2019\n\n1) Godkendelse af referat\n\n"
        " • Referat fra 7. februar godkendt uden bemærkninger\n\n2) Baner\n\n • Drøftet.\n"
    )
    first = meeting.agenda[0]
    assert first.decision is not None
    assert first.decision.outcome is Outcome.APPROVED
    assert [s.heading for s in first.sections] == [None]


def test_besluttet_closing_an_items_text_is_its_decision() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 20. februar 2025\n\n5. Cykelkælder\n"
        "Oprydningsdag lørdag d. 5. april kl. 10. Sanne laver opslag i opgangene.\nBesluttet.\n\n"
        "6. Evt.\nIntet.\n"
    )
    outcomes = [it.decision.outcome if it.decision else None for it in meeting.agenda]
    assert outcomes[0] is Outcome.APPROVED


def test_a_stated_plan_under_beslutning_is_the_items_approval() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 20. februar 2025\n\n## 1. Forældreaften\n\n"
        "*Beslutning:* Forældreaftenen afholdes tirsdag den 22. april kl. 19.00 i aulaen.\n\n"
        "## 2. Trivsel\n\nForældreaftenen afholdes i aulaen.\n\n## 3. Julefrokost\n\n"
        "Beslutning: Julefrokosten holdes lørdag d. 2. december. Rikke står for indkøb.\n\n"
        "## 4. Trænere\n\nBeslutning: Bestyrelsen bevilger op til 6.000 kr. til kursus.\n"
    )
    outcomes = [it.decision.outcome if it.decision else None for it in meeting.agenda]
    assert outcomes == [Outcome.APPROVED, Outcome.DISCUSSED, Outcome.APPROVED, Outcome.APPROVED]


def test_besluttet_as_a_label_approves_what_it_states() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 24. november 2020\n\n#### 1 · Programmet\n\n**Besluttet:**"
        " Januar-koncerten aflyses. Vi holder fast i marts-programmet.\n\n#### 2 · Hjemmeside"
        "\n\n**Besluttet:** Sagen blev drøftet uden konklusion.\n"
    )
    outcomes = [it.decision.outcome if it.decision else None for it in meeting.agenda]
    assert outcomes == [Outcome.APPROVED, Outcome.DISCUSSED]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Protokollen fra mødet 13/8 blev læst op og underskrevet.", Outcome.APPROVED),
        ("Forslagsstilleren trak forslaget under debatten.", Outcome.WITHDRAWN),
        ("Ikke godkendt. Ved stemmelighed bortfaldt indstillingen.", Outcome.REJECTED),
        ("Udvalget anbefaler indstillingen, dog således at 1 mio. kr. øremærkes.",
         Outcome.APPROVED_WITH_CHANGES),
        ("Bestyrelsen valgte linjeføring B, dog således at stien flyttes.",
         Outcome.APPROVED_WITH_CHANGES),
        ("Bestyrelsen godkendte indkøbet, men med en maksimal ramme på 450.000 kr.",
         Outcome.APPROVED_WITH_CHANGES),
        ("Sagen sendes tilbage til forvaltningen. Udvalget ønsker et overblik.", Outcome.POSTPONED),
        ("Ikke godkendt. Sagen sendes tilbage til afdelingsbestyrelsen.", Outcome.REJECTED),
        ("Rådet bemyndigede kontaktpersonen til at ansætte en vikar.", Outcome.APPROVED),
        ("Vi snakkede om en dato i juni, men intet besluttet endnu.", Outcome.DISCUSSED),
        ("Midlerne til våbenhuset er ikke bevilget endnu. Taget til efterretning.", Outcome.NOTED),
        ("Tirsdag d. 26. august 2025 kl. 16.00 samme sted.", Outcome.NONE),
    ],
)  # fmt: skip
def test_signed_withdrawn_tie_conditions_sent_back_and_not_yet(text: str, outcome: Outcome) -> None:
    assert _sections.classify(text)[0] is outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Koordinationsgruppen tilslutter sig forslaget.", "approved"),
        ("Koordinationsgruppen bakker op om forslaget.", "approved"),
        ("Udvalget tilslutter sig ikke forslaget.", "rejected"),
        ("- [x] Referat fra mødet 27.10.2026 godkendt", "approved"),
        ("Referat fra mødet den 6. februar godkendt uden bemærkninger", "approved"),
    ],
)
def test_present_tense_support_and_a_dated_previous_minutes_line(text: str, outcome: str) -> None:
    meeting = referat.parse(f"# Referat\n\nDato: 3. maj 2025\n\n## 1. Formalia\n\n{text}\n")
    decision = meeting.agenda[0].decision
    assert decision is not None
    assert decision.outcome.value == outcome


def test_remarks_under_a_sub_point_of_eventuelt_decide_nothing() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 5. november 2026\n\n#### 1. Status\n\nTaget til efterretning.\n\n"
        "#### 2. Evt og kik til næste møde\n- 2.1 Næste styregruppemøde: 3. december\n\n"
        "Morten gør opmærksom på at han er på ferie i uge 49 og sender en stedfortræder.\n"
    )
    evt = meeting.agenda[1]
    assert evt.decision is not None
    assert evt.decision.outcome is Outcome.NONE


def test_a_decision_under_eventuelt_that_puts_it_off_stays_one() -> None:
    # found by the render round trip: a "Beslutning:" is the item's decision, not a remark
    meeting = referat.parse(
        "# Referat\n\n## 1. Eventuelt\n\n**Beslutning:**\nSagen genoptages på næste møde.\n"
    )
    assert meeting.agenda[0].decision is not None
    assert meeting.agenda[0].decision.outcome is Outcome.POSTPONED


@pytest.mark.parametrize(
    ("title", "text", "outcome"),
    [
        ("Valg af 2 suppleanter", "1. suppl.: Peter Vad (1 år)\n2. suppl.: Nanna Friis (1 år)",
         Outcome.APPROVED),
        ("Valg af suppleanter", "1. suppleant: Bodil Hansen (1 år)", Outcome.APPROVED),
        ("Valg af suppleanter", "1. suppl. Ole Smed, 2. suppl. Gitte Brix – begge for 1 år.",
         Outcome.APPROVED),
        ("Valg af repræsentant til repræsentantskabet", "Flemming Rask.", Outcome.APPROVED),
        # a discussion of who should stand names no one elected
        ("Valg af suppleanter", "Der blev drøftet, hvem der kunne stille op.", Outcome.DISCUSSED),
    ],
)  # fmt: skip
def test_an_election_item_naming_the_elected_approves(
    title: str, text: str, outcome: Outcome
) -> None:
    meeting = referat.parse(f"# Referat\n\nDato: 3. maj 2024\n\n## 7. {title}\n\n{text}\n")
    assert meeting.agenda[0].decision is not None
    assert meeting.agenda[0].decision.outcome is outcome


def test_the_last_item_ends_where_the_meeting_was_closed() -> None:
    """The board's constitution and a long list of appendices after the dirigent closed the
    assembly are no part of Eventuelt (nor its approval)."""
    appendices = "".join(f"Bilag {k}: Dokument nummer {k}\n" for k in range(1, 11))
    meeting = referat.parse(
        "# Referat af generalforsamling\n\nDato: 3. maj 2024\n\n## 9. Eventuelt\n\n"
        "Der blev spurgt til de gamle antennestik. Bestyrelsen undersøger sagen.\n"
        "Dirigenten takkede for god ro og orden og hævede generalforsamlingen kl. 22.05.\n\n"
        "Bestyrelsens konstituering\n\nBestyrelsen konstituerede sig således:\n"
        "Formand: Poul Vinther\nKasserer: Susanne Bech\n\n" + appendices
    )
    item = meeting.agenda[0]
    assert item.decision is not None
    assert item.decision.outcome is Outcome.NONE
    assert "konstituering" not in item.decision.text


def test_a_posts_sign_off_ends_the_last_item_before_its_comments() -> None:
    """ "Det var det hele – spørgsmål er velkomne i kommentarerne" ends a post's minutes: the
    readers' comments under it (fixture post-sign-off-ends-before-comments) are notes."""
    case = Path(__file__).parent / "fixtures" / "cases" / "post-sign-off-ends-before-comments"
    meeting = referat.parse_file(case / "input.md")
    last = meeting.agenda[-1]
    assert last.span.end_line == 14
    assert any("Godt arbejde" in note.text for note in meeting.notes)


def test_a_mails_greeting_over_its_signer_ends_the_last_item() -> None:
    """ "Venlig hilsen" over "Mette Kold" ends the minutes however long the mail's tail (a
    Teams block, a disclaimer; fixture mail-signature-then-teams-block)."""
    case = Path(__file__).parent / "fixtures" / "cases" / "mail-signature-then-teams-block"
    meeting = referat.parse_file(case / "input.md")
    assert meeting.agenda[-1].span.end_line == 16
    assert any("Adgangskode" in note.text for note in meeting.notes)


@pytest.mark.parametrize(
    ("title", "decided", "outcome"),
    [
        (
            "Vestkyst Food Hub (ansøgt 1.200.000 kr.)",
            "Bevilget med 900.000 kr.",
            "approved_with_changes",
        ),
        ("Vestkyst Food Hub (ansøgt 1.200.000 kr.)", "Bevilget med 1.200.000 kr.", "approved"),
        ("Digital turistguide (ansøgt 1,2 mio. kr.)", "Bevilget med 1.200.000 kr.", "approved"),
        ("Indkøb af trailer", "Bevilget med 18.000 kr.", "approved"),
    ],
)
def test_a_grant_of_another_amount_than_asked_is_with_changes(
    title: str, decided: str, outcome: str
) -> None:
    meeting = referat.parse(
        f"# Referat\n\nDato: 3. maj 2024\n\n## 1. {title}\n\n**Beslutning:** {decided}\n"
    )
    assert meeting.agenda[0].decision is not None
    assert meeting.agenda[0].decision.outcome.value == outcome


def test_a_check_mark_opening_a_line_is_the_decision_taken() -> None:
    """ "✅ Dato fastlagt." under a post's topic: the decision, as under "Besluttet:" (a task
    list's "☑ Sende opsamling" is no decision)."""
    meeting = referat.parse(
        "# Referat\n\nDato: 3. marts 2025\n\n1️⃣ **Generalforsamling**\n"
        "Bliver torsdag d. 27. februar.\n✅ Dato fastlagt.\n\n2️⃣ **Kunstgræs**\n"
        "Hans fortalte om økonomien.\n✅ Vi søger fondsmidler.\n\n3️⃣ **Næste skridt**\n"
        "☐ Indsamle eksempler – Bo – 13/3\n☑ Sende opsamling til deltagerne – Jakob – 5/3\n"
    )
    outcomes = [item.decision.outcome if item.decision else None for item in meeting.agenda]
    assert outcomes == [Outcome.APPROVED, Outcome.APPROVED, Outcome.DISCUSSED]


def test_a_dated_sign_off_under_the_last_item_decides_nothing() -> None:
    meeting = referat.parse(
        "# Referat\n\nDato: 3. maj 2024\n\n## 36. Eventuelt\n\n"
        "Næste møde afholdes 14. september 2023.\n\n"
        "Referatet godkendt 21.06.2023 – Erik Lauridsen\n"
    )
    item = meeting.agenda[0]
    assert item.decision is not None
    assert item.decision.outcome is Outcome.NONE


def test_an_old_protocols_items_each_a_line_of_title_then_outcome() -> None:
    meeting = referat.parse(
        "# Møde i Sognerådet\n\nDato: 7. marts 1967\n\n"
        "2. Ansøgning fra Enke Karen Thomsen om Hjælp til Brændsel. Bevilget 150 Kr.\n\n"
        "5. Skrivelse fra Kommunesammenlægningskommissionen. Til Efterretning.\n\n"
        "6. Eventuelt. Husmand Jens Dahl gjorde opmærksom paa Gadelygten ved Brugsen.\n"
    )
    assert [(it.title, it.decision.outcome if it.decision else None) for it in meeting.agenda] == [
        ("Ansøgning fra Enke Karen Thomsen om Hjælp til Brændsel", Outcome.APPROVED),
        ("Skrivelse fra Kommunesammenlægningskommissionen", Outcome.NOTED),
        ("Eventuelt", Outcome.NONE),
    ]


@pytest.mark.parametrize(
    ("label", "text", "outcome"),
    [
        ("Aftale", "Vi holder fast i planen.", Outcome.APPROVED),
        ("Aftaler", "JH sender tilbud til bestyrelsen.", Outcome.APPROVED),
        ("Aftalt", "Jens sender mail.", Outcome.APPROVED),
        ("Aftale", "Punktet udsættes til næste møde.", Outcome.POSTPONED),
        ("Conclusion / Konklusion", "The council took the orientation to note.", Outcome.NOTED),
    ],
)
def test_an_agreement_label_is_a_decision(label: str, text: str, outcome: Outcome) -> None:
    """ "**Aftale:** ..." (a school's pupils' council, a project group) records what was agreed:
    the item's decision, an approval unless its text says otherwise."""
    doc = (
        "# Referat\n\nDato: 4. marts 2025\n\n## 1. Ny plan\n\nVi drøftede planen.\n\n"
        f"**{label}:** {text}\n"
    )
    item = referat.parse(doc).agenda[0]
    assert [s.kind.value for s in item.sections][-1] == "beslutning"
    assert item.decision is not None
    assert item.decision.outcome is outcome


def test_elections_as_sub_points_naming_the_elected() -> None:
    """ "b) Valg af 2 bestyrelsesmedlemmer: Yusuf Demir og Kaj Ibsen.": a sub-point's election
    that names the elected is approved, as an item's is."""
    item = referat.parse(
        "# Referat\n\nDato: 4. marts 2025\n\n## 6. Valg\n\n"
        "a) Valg af formand: Hanne Bach blev genvalgt.\n"
        "b) Valg af 2 bestyrelsesmedlemmer: Yusuf Demir og Kaj Ibsen.\n"
        "c) Valg af 2 suppleanter for 1 år: Kaj Ibsen (1. suppleant) og Maria Holt"
        " (2. suppleant).\n"
    ).agenda[0]
    assert [s.decision.outcome if s.decision else None for s in item.subitems] == [
        Outcome.APPROVED,
        Outcome.APPROVED,
        Outcome.APPROVED,
    ]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Skattestyrelsens afgørelse stadfæstes.", Outcome.REJECTED),
        ("Nævnet stadfæster Skattestyrelsens afgørelse.", Outcome.REJECTED),
        ("Klager gives ikke medhold.", Outcome.REJECTED),
        ("Klager gives delvis medhold.", Outcome.APPROVED_WITH_CHANGES),
        ("Klager gives fuldt medhold.", Outcome.APPROVED),
        ("Klager har den 10/6 2025 tilbagekaldt klagen.", Outcome.WITHDRAWN),
        ("Generalforsamlingen stadfæstede bestyrelsens beslutning.", Outcome.APPROVED),
    ],
)
def test_an_appeals_boards_ruling(text: str, outcome: Outcome) -> None:
    """An appeals board's ruling decides the appeal: the decision appealed upheld rejects it,
    the appellant given right in part or in full approves it with changes or whole, an appeal
    taken back is withdrawn. Upholding a board's own decision approves it."""
    assert _sections.classify(text, labelled=True)[0] is outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "Regnskabet blev taget til efterretning. "
            "(Regnskabet godkendes af bestyrelsen, jf. § 9.)",
            Outcome.NOTED,
        ),
        ("Godkendt. (Kassereren var fraværende.)", Outcome.APPROVED),
        (
            "Ældrerådet tog orienteringen om trafikplanen til efterretning og afgiver ikke"
            " høringssvar.",
            Outcome.NOTED,
        ),
        (
            "Der udsendes en sidste rykker med frist 15. maj. Medlemmer, der ikke har betalt"
            " inden fristen, udmeldes pr. 1. juni 2025.",
            Outcome.APPROVED,
        ),
    ],
)
def test_a_remark_in_brackets_and_a_mailing_decided(text: str, outcome: Outcome) -> None:
    """A whole sentence in brackets after the decision is a remark, weighed after it; a
    decision stating what is sent out ("Der udsendes en sidste rykker") is approved."""
    assert _sections.classify(text, labelled=True)[0] is outcome


def test_a_minority_statement_labelled_with_who_made_it_is_no_decision() -> None:
    """ "**Mindretalsudtalelse (Ø og SF):**" after the decision: a section of its own (its
    label read without the bracket naming who made it), so its "kan ikke anbefale" does not
    turn the majority's recommendation into a rejection."""
    item = referat.parse(
        "# Referat\n\nDato: 22. maj 2025\n\n## 13. Stationsstruktur\n\n"
        "**Beslutning**\nIndstillingen blev anbefalet over for kommunalbestyrelserne.\n\n"
        "**Mindretalsudtalelse (Ø og SF):**\n"
        '"Enhedslisten og SF kan ikke anbefale, at stationen lukkes."\n'
    ).agenda[0]
    assert item.decision is not None
    assert item.decision.outcome is Outcome.APPROVED
    assert [s.kind.value for s in item.sections] == ["beslutning", "other"]


def test_a_follow_up_table_after_a_list_of_decisions_is_no_items_text() -> None:
    """ "Ad 3) Udsat til næste møde." closing a list of decisions after the items, then
    "OPFØLGNING" in capitals over a table of tasks: the table is a note of the meeting, no
    section of item 3."""
    text = Path(__file__).parent / "fixtures/cases/follow-up-table-after-decisions-list/input.md"
    meeting = referat.parse_file(text)
    last = meeting.agenda[-1]
    assert [s.heading for s in last.sections if s.heading] == []
    assert any(n.text.startswith("OPFØLGNING") for n in meeting.notes)


def test_a_speakers_news_of_another_bodys_decision_decides_nothing() -> None:
    """ "Tina Brodersen: Børne- og Familieudvalget har vedtaget ny model ...": a member's news
    of a decision taken elsewhere, no outcome of this item."""
    text = (
        "Tina Brodersen: Børne- og Familieudvalget har vedtaget ny model for specialundervisning."
    )
    assert _sections.classify(text)[0] is Outcome.DISCUSSED
    assert _sections.classify("Beslutning: Bestyrelsen har godkendt budgettet.")[0] is (
        Outcome.APPROVED
    )


def test_a_running_header_after_a_page_break_rule_is_no_decision_text() -> None:
    """A PDF's page footer ("... Side 1 af 2"), "---" for the page break and the next page's
    running header: furniture, not the end of the decision above them."""
    case = Path(__file__).parent / "fixtures/cases/page-break-rule-running-header/input.md"
    meeting = referat.parse_file(case)
    texts = [it.decision.text for it in meeting.agenda if it.decision is not None]
    assert texts == ["Godkendt.", "Anbefales over for Regionsrådet.", "Godkendt.", "Intet."]


def test_the_dirigent_declaring_the_assembly_closed_gives_the_end_time() -> None:
    """ "Dirigenten erklærede valgforsamlingen for afsluttet kl. 21.20." closes the meeting: the
    end time, and no text of the last item after it."""
    meeting = referat.parse(
        "# Protokol for valgforsamling\n\nDato: 17. september 2024 kl. 19.00\n\n"
        "## 7. Eventuelt\n\nIngen bemærkninger.\n"
        "Dirigenten erklærede valgforsamlingen for afsluttet kl. 21.20.\n"
    )
    assert meeting.end_time == "21:20"
