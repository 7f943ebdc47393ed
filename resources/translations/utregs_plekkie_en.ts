<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>{location} ({kind})</source>
            <translation>{location} ({kind})</translation>
        </message>
        <message>
            <source>Over Utregs Plekkie</source>
            <translation>About Utregs Plekkie</translation>
        </message>
        <message>
            <source>Werving en matching van pleeg- en steunouders voor KOOS Utrecht en Spoor030. Een plekkie waar een kind zich thuis voelt, zo dicht mogelijk bij de eigen school, club en buurt.</source>
            <translation>Recruiting and matching foster and support parents for KOOS Utrecht and Spoor030. A little place where a child feels at home, as close as possible to their own school, club and neighbourhood.</translation>
        </message>
        <message>
            <source>Versie:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>Geodata:</source>
            <translation>Geodata:</translation>
        </message>
    </context>
    <context>
        <name>ChildrenPage</name>
        <message>
            <source>Kinderen</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>Nog geen kinderen. Voeg een kind toe (met een code, zonder naam) om een passend gezin te zoeken.</source>
            <translation>No children yet. Add a child (with a code, without a name) to look for a family that fits.</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>Evenementen</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Nog geen evenementen. Plan een informatieavond, een training of een pop-up.</source>
            <translation>No events yet. Plan an information evening, a training or a pop-up.</translation>
        </message>
    </context>
    <context>
        <name>FunnelModel</name>
        <message>
            <source>Stap</source>
            <extracomment>Loading of the first page began. The count and first page arrived; the argument is the total number of rows. Loading failed; the argument is the exception (already reported to the user).</extracomment>
            <translation>Step</translation>
        </message>
        <message>
            <source>Aantal</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>% van vorige stap</source>
            <translation>% of previous step</translation>
        </message>
    </context>
    <context>
        <name>HouseholdsPage</name>
        <message>
            <source>Gezinnen</source>
            <translation>Families</translation>
        </message>
        <message>
            <source>Nog geen gezinnen. Een gezin komt erbij zodra iemand zich aanmeldt, meestal na een informatieavond.</source>
            <translation>No families yet. A family is added as soon as someone registers, usually after an information evening.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Database: {location}</source>
            <translation>Database: {location}</translation>
        </message>
        <message>
            <source>Database-info</source>
            <translation>Database information</translation>
        </message>
        <message>
            <source>Utregs Plekkie gebruikt deze database:</source>
            <translation>Utregs Plekkie uses this database:</translation>
        </message>
        <message>
            <source>Soort: {kind}
Locatie: {location}
Adres: {url}</source>
            <translation>Type: {kind}
Location: {location}
Address: {url}</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>De nieuwe taal ({language}) gaat in als u Utregs Plekkie opnieuw start.</source>
            <translation>The new language ({language}) takes effect when you restart Utregs Plekkie.</translation>
        </message>
        <message>
            <source>Onderdelen</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Kies een onderdeel; met Ctrl+1 tot en met Ctrl+6 gaat het ook.</source>
            <translation>Choose a section; Ctrl+1 to Ctrl+6 work too.</translation>
        </message>
        <message>
            <source>Inhoud</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Bee&amp;ld</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Database-info…</source>
            <translation>&amp;Database information…</translation>
        </message>
        <message>
            <source>Welke database dit programma gebruikt</source>
            <translation>Which database this program uses</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Haal de getoonde gegevens opnieuw op</source>
            <translation>Fetch the data shown again</translation>
        </message>
        <message>
            <source>&amp;Over Utregs Plekkie…</source>
            <translation>&amp;About Utregs Plekkie…</translation>
        </message>
    </context>
    <context>
        <name>MatchingPage</name>
        <message>
            <source>Matching</source>
            <translation>Matching</translation>
        </message>
        <message>
            <source>Nog geen voorstellen. Zodra een kind aan een gezin wordt voorgesteld, staat het voorstel hier.</source>
            <translation>No proposals yet. As soon as a child is proposed to a family, the proposal appears here.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Hoe ver komen de aanvragen? Per stap het aantal aanvragen dat die stap heeft bereikt, volgens hun huidige status en die van het gezin dat eruit voortkwam.</source>
            <translation>How far do the requests get? For each step, the number of requests that reached it, according to their current status and that of the family they became.</translation>
        </message>
        <message>
            <source>Trechter: aantal per stap</source>
            <translation>Funnel: number per step</translation>
        </message>
        <message>
            <source>Nog geen aanvragen, dus nog geen cijfers. Zodra er aanvragen zijn, ziet u hier hoe ver ze komen.</source>
            <translation>No requests yet, so no figures yet. As soon as there are requests, you will see here how far they get.</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>wordt geladen</source>
            <translation>loading</translation>
        </message>
        <message>
            <source>Laden…</source>
            <extracomment>The page's key in ``storage.lists.PAGE_KEYS`` and in the stored settings. Emitted with a short sentence for the status bar (e.g. how many rows are shown).</extracomment>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Lijst: {title}</source>
            <extracomment>The id of the selected record, or -1 when none is (for detail panels later).</extracomment>
            <translation>List: {title}</translation>
        </message>
        <message>
            <source>De lijst kon niet worden geladen. Probeer het opnieuw met Beeld → Vernieuwen (F5).</source>
            <translation>The list could not be loaded. Try again with View → Refresh (F5).</translation>
        </message>
        <message>
            <source>{shown} van {total} getoond</source>
            <translation>{shown} of {total} shown</translation>
        </message>
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <source>Aanvragen</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Nog geen aanvragen. Voeg er een toe of importeer een bestand.</source>
            <translation>No requests yet. Add one or import a file.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Utregs Plekkie kan de database niet openen.</source>
            <translation>Utregs Plekkie cannot open the database.</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>KOOS Utrecht</source>
            <translation>KOOS Utrecht</translation>
        </message>
        <message>
            <source>Spoor030</source>
            <translation>Spoor030</translation>
        </message>
        <message>
            <source>voltijd</source>
            <translation>full-time</translation>
        </message>
        <message>
            <source>deeltijd (weekend/vakantie)</source>
            <translation>part-time (weekends/holidays)</translation>
        </message>
        <message>
            <source>crisis</source>
            <translation>crisis</translation>
        </message>
        <message>
            <source>steunouder (een paar uur)</source>
            <translation>support parent (a few hours)</translation>
        </message>
        <message>
            <source>netwerkpleegzorg</source>
            <translation>network foster care</translation>
        </message>
        <message>
            <source>weet nog niet</source>
            <translation>not sure yet</translation>
        </message>
        <message>
            <source>website</source>
            <translation>website</translation>
        </message>
        <message>
            <source>pop-up evenement</source>
            <translation>pop-up event</translation>
        </message>
        <message>
            <source>podcast</source>
            <translation>podcast</translation>
        </message>
        <message>
            <source>social media</source>
            <translation>social media</translation>
        </message>
        <message>
            <source>via bekenden</source>
            <translation>through people they know</translation>
        </message>
        <message>
            <source>informatieavond</source>
            <translation>information evening</translation>
        </message>
        <message>
            <source>anders</source>
            <translation>other</translation>
        </message>
        <message>
            <source>nieuw</source>
            <translation>new</translation>
        </message>
        <message>
            <source>pakket verstuurd</source>
            <translation>pack sent</translation>
        </message>
        <message>
            <source>gebeld</source>
            <translation>called</translation>
        </message>
        <message>
            <source>aangemeld</source>
            <translation>registered</translation>
        </message>
        <message>
            <source>afgehaakt</source>
            <translation>dropped out</translation>
        </message>
        <message>
            <source>niet nu</source>
            <translation>not now</translation>
        </message>
        <message>
            <source>voltijd: crisis</source>
            <translation>full-time: crisis</translation>
        </message>
        <message>
            <source>voltijd: kortdurend</source>
            <translation>full-time: short-term</translation>
        </message>
        <message>
            <source>voltijd: langdurend</source>
            <translation>full-time: long-term</translation>
        </message>
        <message>
            <source>deeltijd: weekenden</source>
            <translation>part-time: weekends</translation>
        </message>
        <message>
            <source>deeltijd: vakanties</source>
            <translation>part-time: holidays</translation>
        </message>
        <message>
            <source>deeltijd: dagdelen</source>
            <translation>part-time: parts of days</translation>
        </message>
        <message>
            <source>steunouder: een paar uur</source>
            <translation>support parent: a few hours</translation>
        </message>
        <message>
            <source>deeltijd</source>
            <translation>part-time</translation>
        </message>
        <message>
            <source>steunouder</source>
            <translation>support parent</translation>
        </message>
        <message>
            <source>geen weekenden</source>
            <translation>no weekends</translation>
        </message>
        <message>
            <source>elk weekend</source>
            <translation>every weekend</translation>
        </message>
        <message>
            <source>om het weekend</source>
            <translation>every other weekend</translation>
        </message>
        <message>
            <source>eens per maand</source>
            <translation>once a month</translation>
        </message>
        <message>
            <source>pleegouder</source>
            <translation>foster parent</translation>
        </message>
        <message>
            <source>informatiebijeenkomst</source>
            <translation>information meeting</translation>
        </message>
        <message>
            <source>kennismakingsgesprek</source>
            <translation>introductory conversation</translation>
        </message>
        <message>
            <source>aanmelding</source>
            <translation>registration</translation>
        </message>
        <message>
            <source>VGB/VOG</source>
            <translation>VGB/VOG</translation>
        </message>
        <message>
            <source>voorbereidingstraining</source>
            <translation>preparation training</translation>
        </message>
        <message>
            <source>gezinsonderzoek</source>
            <translation>family assessment</translation>
        </message>
        <message>
            <source>geschiktheid</source>
            <translation>suitability</translation>
        </message>
        <message>
            <source>samenwerkingsovereenkomst</source>
            <translation>cooperation agreement</translation>
        </message>
        <message>
            <source>beschikbaar</source>
            <translation>available</translation>
        </message>
        <message>
            <source>gepauzeerd</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>gestopt</source>
            <translation>stopped</translation>
        </message>
        <message>
            <source>VGB</source>
            <translation>VGB</translation>
        </message>
        <message>
            <source>VOG</source>
            <translation>VOG</translation>
        </message>
        <message>
            <source>wacht</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>voorgesteld</source>
            <translation>proposed</translation>
        </message>
        <message>
            <source>geplaatst</source>
            <translation>placed</translation>
        </message>
        <message>
            <source>gesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>jongen</source>
            <translation>boy</translation>
        </message>
        <message>
            <source>meisje</source>
            <translation>girl</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>normaal</source>
            <translation>normal</translation>
        </message>
        <message>
            <source>hoog</source>
            <translation>high</translation>
        </message>
        <message>
            <source>kennismaking</source>
            <translation>getting acquainted</translation>
        </message>
        <message>
            <source>geaccepteerd</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>afgewezen</source>
            <translation>declined</translation>
        </message>
        <message>
            <source>beëindigd</source>
            <translation>ended</translation>
        </message>
        <message>
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <source>training</source>
            <translation>training</translation>
        </message>
        <message>
            <source>beheerder</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>werver</source>
            <translation>recruiter</translation>
        </message>
        <message>
            <source>matcher</source>
            <translation>matcher</translation>
        </message>
        <message>
            <source>evenement</source>
            <translation>event</translation>
        </message>
        <message>
            <source>bekeken</source>
            <translation>viewed</translation>
        </message>
        <message>
            <source>aangemaakt</source>
            <translation>created</translation>
        </message>
        <message>
            <source>gewijzigd</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>verwijderd</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>samengevoegd</source>
            <translation>merged</translation>
        </message>
        <message>
            <source>geëxporteerd</source>
            <translation>exported</translation>
        </message>
        <message>
            <source>afgedrukt</source>
            <translation>printed</translation>
        </message>
        <message>
            <source>geïmporteerd</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>geanonimiseerd</source>
            <translation>anonymised</translation>
        </message>
        <message>
            <source>gedragsproblemen</source>
            <translation>behavioural problems</translation>
        </message>
        <message>
            <source>licht verstandelijke beperking</source>
            <translation>mild intellectual disability</translation>
        </message>
        <message>
            <source>trauma</source>
            <translation>trauma</translation>
        </message>
        <message>
            <source>medische zorg</source>
            <translation>medical care</translation>
        </message>
        <message>
            <source>ADHD/autisme</source>
            <translation>ADHD/autism</translation>
        </message>
        <message>
            <source>hechtingsproblemen</source>
            <translation>attachment problems</translation>
        </message>
        <message>
            <source>baby (0-1 jaar)</source>
            <translation>baby (0-1 years)</translation>
        </message>
        <message>
            <source>hond</source>
            <translation>dog</translation>
        </message>
        <message>
            <source>kat</source>
            <translation>cat</translation>
        </message>
        <message>
            <source>konijn</source>
            <translation>rabbit</translation>
        </message>
        <message>
            <source>vogel</source>
            <translation>bird</translation>
        </message>
        <message>
            <source>paard</source>
            <translation>horse</translation>
        </message>
        <message>
            <source>ander huisdier</source>
            <translation>other pet</translation>
        </message>
        <message>
            <source>ochtend</source>
            <translation>morning</translation>
        </message>
        <message>
            <source>middag</source>
            <translation>afternoon</translation>
        </message>
        <message>
            <source>avond</source>
            <translation>evening</translation>
        </message>
        <message>
            <source>nacht</source>
            <translation>night</translation>
        </message>
        <message>
            <source>afstand onbekend</source>
            <translation>distance unknown</translation>
        </message>
        <message>
            <source>{afstand} km</source>
            <translation>{afstand} km</translation>
        </message>
        <message>
            <source>afstand tot {doel} onbekend: de postcode is niet bekend</source>
            <translation>distance to {doel} unknown: the postcode is not known</translation>
        </message>
        <message>
            <source>{afstand} van {doel}, 1 minuut fietsen</source>
            <translation>{afstand} from {doel}, 1 minute by bike</translation>
        </message>
        <message>
            <source>{afstand} van {doel}, {minuten} minuten fietsen</source>
            <translation>{afstand} from {doel}, {minuten} minutes by bike</translation>
        </message>
        <message>
            <source>Het postcodebestand {pad} kan niet worden gelezen: {reden}</source>
            <translation>The postcode file {pad} cannot be read: {reden}</translation>
        </message>
        <message>
            <source>onverwachte kolommen</source>
            <translation>unexpected columns</translation>
        </message>
        <message>
            <source>regel {regel}</source>
            <translation>line {regel}</translation>
        </message>
        <message>
            <source>geen geldige JSON</source>
            <translation>not valid JSON</translation>
        </message>
        <message>
            <source>geen postcodes gevonden</source>
            <translation>no postcodes found</translation>
        </message>
        <message>
            <source>geen aanbod opgegeven</source>
            <translation>no offer given</translation>
        </message>
        <message>
            <source>gezin niet beschikbaar</source>
            <translation>family not available</translation>
        </message>
        <message>
            <source>VGB/VOG ontbreekt of is verlopen</source>
            <translation>VGB/VOG missing or expired</translation>
        </message>
        <message>
            <source>aanbod gepauzeerd</source>
            <translation>offer paused</translation>
        </message>
        <message>
            <source>aanbod geldt niet op de startdatum</source>
            <translation>offer not valid on the start date</translation>
        </message>
        <message>
            <source>zorgvorm past niet</source>
            <translation>kind of care does not fit</translation>
        </message>
        <message>
            <source>rooster past niet</source>
            <translation>schedule does not fit</translation>
        </message>
        <message>
            <source>weekenden passen niet</source>
            <translation>weekends do not fit</translation>
        </message>
        <message>
            <source>geen vakantieopvang</source>
            <translation>no holiday care</translation>
        </message>
        <message>
            <source>te weinig vrije plekken</source>
            <translation>too few free places</translation>
        </message>
        <message>
            <source>neemt geen broers en zussen samen op</source>
            <translation>does not take siblings together</translation>
        </message>
        <message>
            <source>leeftijd buiten het bereik van het gezin</source>
            <translation>age outside the family's range</translation>
        </message>
        <message>
            <source>huisdier en allergie</source>
            <translation>pet and allergy</translation>
        </message>
        <message>
            <source>er wordt gerookt</source>
            <translation>there is smoking</translation>
        </message>
        <message>
            <source>kan de zorgbehoefte niet aan</source>
            <translation>cannot handle the care needs</translation>
        </message>
        <message>
            <source>verder dan het gezin wil reizen</source>
            <translation>further than the family wants to travel</translation>
        </message>
        <message>
            <source>verder dan de maximale afstand voor het kind</source>
            <translation>further than the maximum distance for the child</translation>
        </message>
        <message>
            <source>eerder afgewezen</source>
            <translation>declined before</translation>
        </message>
        <message>
            <source>past niet bij een broer of zus</source>
            <translation>does not fit a brother or sister</translation>
        </message>
        <message>
            <source>afstand tot school</source>
            <translation>distance to school</translation>
        </message>
        <message>
            <source>afstand tot huis</source>
            <translation>distance to home</translation>
        </message>
        <message>
            <source>afstand tot de club</source>
            <translation>distance to the club</translation>
        </message>
        <message>
            <source>zelfde wijk</source>
            <translation>same district</translation>
        </message>
        <message>
            <source>taal en cultuur</source>
            <translation>language and culture</translation>
        </message>
        <message>
            <source>ervaring met de zorgbehoefte</source>
            <translation>experience with the care needs</translation>
        </message>
        <message>
            <source>samenstelling van het gezin</source>
            <translation>household composition</translation>
        </message>
        <message>
            <source>wachttijd van het gezin</source>
            <translation>family's waiting time</translation>
        </message>
        <message>
            <source>Het gewicht van '{naam}' moet een getal zijn.</source>
            <translation>The weight of '{naam}' must be a number.</translation>
        </message>
        <message>
            <source>Het gewicht van '{naam}' moet tussen 0 en 100 liggen.</source>
            <translation>The weight of '{naam}' must be between 0 and 100.</translation>
        </message>
        <message>
            <source>Geef minstens één onderdeel een gewicht groter dan 0.</source>
            <translation>Give at least one part a weight greater than 0.</translation>
        </message>
        <message>
            <source>De afstandsschaal moet tussen 0,1 en 100 km liggen.</source>
            <translation>The distance scale must be between 0.1 and 100 km.</translation>
        </message>
        <message>
            <source>De volle wachttijd moet tussen 1 en 3650 dagen liggen.</source>
            <translation>The full waiting time must be between 1 and 3650 days.</translation>
        </message>
        <message>
            <source>De opgeslagen gewichten zijn geen geldig JSON-object.</source>
            <translation>The stored weights are not a valid JSON object.</translation>
        </message>
        <message>
            <source>{n} maanden</source>
            <translation>{n} months</translation>
        </message>
        <message>
            <source>1 maand</source>
            <translation>1 month</translation>
        </message>
        <message>
            <source>{n} jaar</source>
            <translation>{n} yrs</translation>
        </message>
        <message>
            <source>{eerste} en {laatste}</source>
            <translation>{eerste} and {laatste}</translation>
        </message>
        <message>
            <source>school</source>
            <translation>school</translation>
        </message>
        <message>
            <source>huis</source>
            <translation>home</translation>
        </message>
        <message>
            <source>de club</source>
            <translation>the club</translation>
        </message>
        <message>
            <source>woont in dezelfde wijk ({wijk})</source>
            <translation>lives in the same district ({wijk})</translation>
        </message>
        <message>
            <source>woont in een andere wijk ({wijk})</source>
            <translation>lives in another district ({wijk})</translation>
        </message>
        <message>
            <source>woont buiten de stad Utrecht</source>
            <translation>lives outside the city of Utrecht</translation>
        </message>
        <message>
            <source>spreekt {talen}</source>
            <translation>speaks {talen}</translation>
        </message>
        <message>
            <source>spreekt {talen}, geen {andere}</source>
            <translation>speaks {talen}, not {andere}</translation>
        </message>
        <message>
            <source>spreekt geen {talen}</source>
            <translation>does not speak {talen}</translation>
        </message>
        <message>
            <source>cultuur/geloof sluit aan ({cultuur})</source>
            <translation>culture/religion matches ({cultuur})</translation>
        </message>
        <message>
            <source>cultuur/geloof anders ({cultuur}; gewenst: {wens})</source>
            <translation>culture/religion differs ({cultuur}; wished: {wens})</translation>
        </message>
        <message>
            <source>cultuur/geloof van het gezin niet bekend (gewenst: {wens})</source>
            <translation>culture/religion of the family not known (wished: {wens})</translation>
        </message>
        <message>
            <source>ervaring met {behoeften}</source>
            <translation>experience with {behoeften}</translation>
        </message>
        <message>
            <source>ervaring met {behoeften}, nog niet met {andere}</source>
            <translation>experience with {behoeften}, not yet with {andere}</translation>
        </message>
        <message>
            <source>nog geen ervaring met {behoeften}</source>
            <translation>no experience yet with {behoeften}</translation>
        </message>
        <message>
            <source>geen eigen kinderen thuis</source>
            <translation>no children of their own at home</translation>
        </message>
        <message>
            <source>een eigen kind is even oud (geboren in {jaar})</source>
            <translation>a child of their own is the same age (born in {jaar})</translation>
        </message>
        <message>
            <source>een eigen kind scheelt maar 1 jaar met het kind</source>
            <translation>a child of their own is only 1 year apart from the child</translation>
        </message>
        <message>
            <source>eigen kinderen schelen minstens {n} jaar met het kind</source>
            <translation>their own children are at least {n} years apart from the child</translation>
        </message>
        <message>
            <source>niet bekend sinds wanneer het gezin op een plaatsing wacht</source>
            <translation>not known since when the family has been waiting for a placement</translation>
        </message>
        <message>
            <source>wacht sinds kort op een plaatsing</source>
            <translation>has been waiting for a placement for a short while</translation>
        </message>
        <message>
            <source>wacht al {n} maanden op een plaatsing</source>
            <translation>has been waiting {n} months for a placement</translation>
        </message>
        <message>
            <source>wacht al {n} jaar op een plaatsing</source>
            <translation>has been waiting {n} years for a placement</translation>
        </message>
        <message>
            <source>aanbod</source>
            <translation>offer</translation>
        </message>
        <message>
            <source>aanbod {zorgvorm}: {reden}</source>
            <translation>offer {zorgvorm}: {reden}</translation>
        </message>
        <message>
            <source>broer/zus {code}: {reden}</source>
            <translation>brother/sister {code}: {reden}</translation>
        </message>
        <message>
            <source>het gezin heeft geen postcode</source>
            <translation>the family has no postcode</translation>
        </message>
        <message>
            <source>postcode {pc4} van het gezin is onbekend</source>
            <translation>the family's postcode {pc4} is unknown</translation>
        </message>
        <message>
            <source>het kind heeft geen postcode van huis of school</source>
            <translation>the child has no home or school postcode</translation>
        </message>
        <message>
            <source>postcode {pc4} van het kind is onbekend</source>
            <translation>the child's postcode {pc4} is unknown</translation>
        </message>
        <message>
            <source>de postcode is onbekend</source>
            <translation>the postcode is unknown</translation>
        </message>
        <message>
            <source>niet beschikbaar: het gezin is in de fase '{fase}'</source>
            <translation>not available: the family is in the stage '{fase}'</translation>
        </message>
        <message>
            <source>het aanbod staat op pauze</source>
            <translation>the offer is paused</translation>
        </message>
        <message>
            <source>aanbod gepauzeerd van {van} tot en met {tot}</source>
            <translation>offer paused from {van} to {tot} inclusive</translation>
        </message>
        <message>
            <source>het aanbod geldt pas vanaf {datum}</source>
            <translation>the offer only applies from {datum}</translation>
        </message>
        <message>
            <source>het aanbod gold tot en met {datum}</source>
            <translation>the offer applied until {datum} inclusive</translation>
        </message>
        <message>
            <source>zorgvorm past niet: het gezin biedt {aanbod}, het kind heeft {nodig} nodig</source>
            <translation>kind of care does not fit: the family offers {aanbod}, the child needs {nodig}</translation>
        </message>
        <message>
            <source>niets</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>rooster past niet: {delen} is niet (meer) vrij</source>
            <translation>schedule does not fit: {delen} is not free (any more)</translation>
        </message>
        <message>
            <source>weekenden passen niet: het gezin biedt {aanbod}, nodig is {nodig}</source>
            <translation>weekends do not fit: the family offers {aanbod}, needed is {nodig}</translation>
        </message>
        <message>
            <source>vakantieopvang nodig, het gezin biedt die niet</source>
            <translation>holiday care needed, the family does not offer it</translation>
        </message>
        <message>
            <source>te weinig plek voor {n} broers en zussen samen ({vrij} vrij)</source>
            <translation>not enough room for {n} siblings together ({vrij} free)</translation>
        </message>
        <message>
            <source>geen vrije plek</source>
            <translation>no free place</translation>
        </message>
        <message>
            <source>neemt geen broers en zussen samen op ({n} kinderen)</source>
            <translation>does not take siblings together ({n} children)</translation>
        </message>
        <message>
            <source>leeftijd {leeftijd} valt buiten {min} tot en met {max} jaar</source>
            <translation>age {leeftijd} is outside {min} to {max} years</translation>
        </message>
        <message>
            <source>huisdier ({dieren}) terwijl het kind daar allergisch voor is</source>
            <translation>pet ({dieren}) while the child is allergic to it</translation>
        </message>
        <message>
            <source>er wordt gerookt; het kind heeft een rookvrij huis nodig</source>
            <translation>there is smoking; the child needs a smoke-free home</translation>
        </message>
        <message>
            <source>kan {behoeften} niet aan</source>
            <translation>cannot handle {behoeften}</translation>
        </message>
        <message>
            <source>het gezin wil hoogstens {max} reizen</source>
            <translation>the family wants to travel at most {max}</translation>
        </message>
        <message>
            <source>voor het kind is hoogstens {max} afgesproken</source>
            <translation>at most {max} was agreed for the child</translation>
        </message>
        <message>
            <source>afstand onbekend ({oorzaak}) en {wie}: daarom uitgesloten</source>
            <translation>distance unknown ({oorzaak}) and {wie}: therefore excluded</translation>
        </message>
        <message>
            <source>{afstand} tot {doel} is te ver: {wie}</source>
            <translation>{afstand} to {doel} is too far: {wie}</translation>
        </message>
        <message>
            <source>eerder voorgesteld en afgewezen: {reden}</source>
            <translation>proposed and declined before: {reden}</translation>
        </message>
        <message>
            <source>eerder voorgesteld en afgewezen</source>
            <translation>proposed and declined before</translation>
        </message>
        <message>
            <source>Geen passend gezin: geen enkel beschikbaar gezin met een geldige screening biedt {zorgvorm}.</source>
            <translation>No suitable family: no available family with a valid screening offers {zorgvorm}.</translation>
        </message>
        <message>
            <source>Geen passend gezin: van de {n} beschikbare aanbiedingen voor {zorgvorm} valt het vaakst af op: {reden} ({k} keer).</source>
            <translation>No suitable family: of the {n} available offers for {zorgvorm}, the most common reason to drop out is: {reden} ({k} times).</translation>
        </message>
        <message>
            <source>de aanvragen</source>
            <translation>the requests</translation>
        </message>
        <message>
            <source>het wijzigen van aanvragen</source>
            <translation>changing requests</translation>
        </message>
        <message>
            <source>de gezinnen</source>
            <translation>the families</translation>
        </message>
        <message>
            <source>het wijzigen van gezinnen</source>
            <translation>changing families</translation>
        </message>
        <message>
            <source>de kinderen</source>
            <translation>the children</translation>
        </message>
        <message>
            <source>het wijzigen van kinderen</source>
            <translation>changing children</translation>
        </message>
        <message>
            <source>de matching</source>
            <translation>matching</translation>
        </message>
        <message>
            <source>de evenementen</source>
            <translation>the events</translation>
        </message>
        <message>
            <source>de informatiepakketten</source>
            <translation>the information packs</translation>
        </message>
        <message>
            <source>het overzicht</source>
            <translation>the overview</translation>
        </message>
        <message>
            <source>het exporteren van gegevens</source>
            <translation>exporting data</translation>
        </message>
        <message>
            <source>het importeren van gegevens</source>
            <translation>importing data</translation>
        </message>
        <message>
            <source>het invoeren van bezoekers bij een evenement</source>
            <translation>entering visitors at an event</translation>
        </message>
        <message>
            <source>het beheer van gebruikers</source>
            <translation>managing users</translation>
        </message>
        <message>
            <source>de instellingen</source>
            <translation>the settings</translation>
        </message>
        <message>
            <source>het logboek (audit trail)</source>
            <translation>the audit trail</translation>
        </message>
        <message>
            <source>de bewaartermijnen (AVG)</source>
            <translation>the retention periods (GDPR)</translation>
        </message>
        <message>
            <source>de backups</source>
            <translation>the backups</translation>
        </message>
        <message>
            <source>inzage- en verwijderverzoeken (AVG)</source>
            <translation>access and erasure requests (GDPR)</translation>
        </message>
        <message>
            <source>beheermodus ({who})</source>
            <translation>administration mode ({who})</translation>
        </message>
        <message>
            <source>Als {role} heeft u geen toegang tot {what}. Vraag een beheerder om dit voor u te doen, of om uw rol aan te passen.</source>
            <translation>As {role} you have no access to {what}. Ask an administrator to do this for you, or to change your role.</translation>
        </message>
        <message>
            <source>Een gebruikersnaam heeft 2 tot 40 tekens: kleine letters, cijfers, punt, streepje of liggend streepje (bijvoorbeeld 'a.jansen').</source>
            <translation>A user name has 2 to 40 characters: lower-case letters, digits, full stop, hyphen or underscore (for example 'a.jansen').</translation>
        </message>
        <message>
            <source>Het wachtwoord is te kort: gebruik minstens {n} tekens, bijvoorbeeld een zin van een paar woorden.</source>
            <translation>The password is too short: use at least {n} characters, for example a sentence of a few words.</translation>
        </message>
        <message>
            <source>Het wachtwoord bestaat alleen uit spaties; kies een ander wachtwoord.</source>
            <translation>The password consists of spaces only; choose another password.</translation>
        </message>
        <message>
            <source>Het wachtwoord mag niet gelijk zijn aan de gebruikersnaam.</source>
            <translation>The password must not be the same as the user name.</translation>
        </message>
        <message>
            <source>Een kiosk-pincode bestaat uit {low} tot {high} cijfers.</source>
            <translation>A kiosk PIN has {low} to {high} digits.</translation>
        </message>
        <message>
            <source>geen tijd (meer)</source>
            <translation>no time (any more)</translation>
        </message>
        <message>
            <source>persoonlijke omstandigheden</source>
            <translation>personal circumstances</translation>
        </message>
        <message>
            <source>zwaarder dan verwacht</source>
            <translation>harder than expected</translation>
        </message>
        <message>
            <source>gezinsuitbreiding</source>
            <translation>family expanding</translation>
        </message>
        <message>
            <source>verhuisd</source>
            <translation>moved house</translation>
        </message>
        <message>
            <source>te weinig woonruimte</source>
            <translation>not enough room at home</translation>
        </message>
        <message>
            <source>niet geschikt bevonden</source>
            <translation>found not suitable</translation>
        </message>
        <message>
            <source>VGB of VOG geweigerd</source>
            <translation>VGB or VOG refused</translation>
        </message>
        <message>
            <source>naar een andere organisatie</source>
            <translation>went to another organisation</translation>
        </message>
        <message>
            <source>geen reactie meer</source>
            <translation>no longer responding</translation>
        </message>
        <message>
            <source>anders (zie toelichting)</source>
            <translation>other (see explanation)</translation>
        </message>
        <message>
            <source>De route voor {route}s noemt een fase twee keer. Haal de dubbele weg.</source>
            <translation>The route for {route}s names a stage twice. Remove the duplicate.</translation>
        </message>
        <message>
            <source>De fase {stage} hoort niet in een route: een gezin komt daar vanuit elke fase. Haal haar uit de route voor {route}s.</source>
            <translation>The stage {stage} does not belong in a route: a family can get there from any stage. Remove it from the route for {route}s.</translation>
        </message>
        <message>
            <source>De route voor {route}s moet minstens twee fasen hebben en eindigen bij {last}.</source>
            <translation>The route for {route}s must have at least two stages and end at {last}.</translation>
        </message>
        <message>
            <source>De norm voor {stage} is {days} werkdagen; kies een aantal van 1 tot en met 260, of laat de norm leeg.</source>
            <translation>The norm for {stage} is {days} working days; choose a number from 1 to 260, or leave the norm empty.</translation>
        </message>
        <message>
            <source>Herinneringen komen 1 tot 365 dagen voor het verlopen; pas de dagen aan.</source>
            <translation>Reminders come 1 to 365 days before expiry; adjust the days.</translation>
        </message>
        <message>
            <source>De termijn zonder plaatsing moet tussen 30 en 3650 dagen liggen.</source>
            <translation>The period without a placement must be between 30 and 3650 days.</translation>
        </message>
        <message>
            <source>De geldigheid van een {kind} moet tussen 30 en 3650 dagen liggen.</source>
            <translation>The validity of a {kind} must be between 30 and 3650 days.</translation>
        </message>
        <message>
            <source>Het aantal trainingsbijeenkomsten moet tussen 1 en 50 liggen.</source>
            <translation>The number of training sessions must be between 1 and 50.</translation>
        </message>
        <message>
            <source>De instellingen van de werving zijn onleesbaar.</source>
            <translation>The recruitment settings cannot be read.</translation>
        </message>
        <message>
            <source>De instellingen van de werving zijn onleesbaar ({reason}). Zet ze terug op de standaard en pas ze opnieuw aan.</source>
            <translation>The recruitment settings cannot be read ({reason}). Reset them to the defaults and adjust them again.</translation>
        </message>
        <message>
            <source>Uitnodigen voor een informatiebijeenkomst</source>
            <translation>Invite to an information meeting</translation>
        </message>
        <message>
            <source>Kennismakingsgesprek (eerste bezoek) plannen en houden</source>
            <translation>Plan and hold the introductory conversation (first visit)</translation>
        </message>
        <message>
            <source>Aanmeldformulier en medische vragenlijst ontvangen</source>
            <translation>Receive the registration form and medical questionnaire</translation>
        </message>
        <message>
            <source>{check} aanvragen voor alle volwassenen en de afgifte volgen</source>
            <translation>Request the {check} for all adults and follow up until issued</translation>
        </message>
        <message>
            <source>Inschrijven voor de voorbereidingstraining</source>
            <translation>Enrol in the preparation training</translation>
        </message>
        <message>
            <source>Huisbezoeken voor het gezinsonderzoek plannen</source>
            <translation>Plan the home visits for the family assessment</translation>
        </message>
        <message>
            <source>Geschiktheidsverslag schrijven en met het gezin bespreken</source>
            <translation>Write the suitability report and discuss it with the family</translation>
        </message>
        <message>
            <source>Samenwerkingsovereenkomst laten ondertekenen</source>
            <translation>Have the cooperation agreement signed</translation>
        </message>
        <message>
            <source>Bellen of het gezin weer verder wil</source>
            <translation>Call to ask whether the family wants to continue</translation>
        </message>
        <message>
            <source>Naar {stage}</source>
            <translation>To {stage}</translation>
        </message>
        <message>
            <source>Terug naar {stage}</source>
            <translation>Back to {stage}</translation>
        </message>
        <message>
            <source>Pauzeren</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Hervatten in {stage}</source>
            <translation>Resume in {stage}</translation>
        </message>
        <message>
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Dit gezin staat al in de fase {stage}.</source>
            <translation>This family is already in the stage {stage}.</translation>
        </message>
        <message>
            <source>De route voor {route}s kent geen fase {stage}. Kies een fase van die route: {stages}.</source>
            <translation>The route for {route}s has no stage {stage}. Choose a stage of that route: {stages}.</translation>
        </message>
        <message>
            <source>Dit gezin kan nog niet naar {stage}: {blockers}</source>
            <translation>This family cannot move to {stage} yet: {blockers}</translation>
        </message>
        <message>
            <source>Dit gezin is gestopt. Het kan alleen hervatten in de fase waarin het stopte ({options}); verplaats het daarna verder.</source>
            <translation>This family has stopped. It can only resume in the stage in which it stopped ({options}); move it on from there.</translation>
        </message>
        <message>
            <source>Dit gezin is gepauzeerd. Hervat het eerst in de fase waarin het pauzeerde ({options}) of zet het op gestopt.</source>
            <translation>This family is paused. First resume it in the stage in which it paused ({options}), or set it to stopped.</translation>
        </message>
        <message>
            <source>Een gezin gaat één fase tegelijk verder of terug. Vanuit {stage} kan het naar: {options}; niet naar {to}.</source>
            <translation>A family moves forward or back one stage at a time. From {stage} it can move to: {options}; not to {to}.</translation>
        </message>
        <message>
            <source>Kies waarom het gezin stopt (bijvoorbeeld '{example}'); een toelichting mag erbij.</source>
            <translation>Choose why the family stops (for example '{example}'); you may add an explanation.</translation>
        </message>
        <message>
            <source>De reden '{reason}' staat niet in de lijst. Kies een reden uit de lijst.</source>
            <translation>The reason '{reason}' is not in the list. Choose a reason from the list.</translation>
        </message>
        <message>
            <source>Bij de reden 'anders' hoort een toelichting: schrijf kort op waarom het gezin stopt.</source>
            <translation>The reason 'other' needs an explanation: write briefly why the family stops.</translation>
        </message>
        <message>
            <source>ontbreekt</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>aangevraagd</source>
            <translation>requested</translation>
        </message>
        <message>
            <source>geldig</source>
            <translation>valid</translation>
        </message>
        <message>
            <source>verloopt binnenkort</source>
            <translation>expires soon</translation>
        </message>
        <message>
            <source>verlopen</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>moet vernieuwd worden</source>
            <translation>must be renewed</translation>
        </message>
        <message>
            <source>{who} is op {moved} bij het gezin komen wonen, na de afgifte op {issued}</source>
            <translation>{who} moved in with the family on {moved}, after it was issued on {issued}</translation>
        </message>
        <message>
            <source>afgegeven toen het gezin bij {old} hoorde; nu is dat {new}</source>
            <translation>issued when the family belonged to {old}; now that is {new}</translation>
        </message>
        <message>
            <source> Er is wel een {other}, maar voor een {route} is een {kind} nodig.</source>
            <translation> There is a {other}, but a {route} needs a {kind}.</translation>
        </message>
        <message>
            <source>{name}: de {kind} ontbreekt. Vraag de {kind} aan.</source>
            <translation>{name}: the {kind} is missing. Request the {kind}.</translation>
        </message>
        <message>
            <source> op {date}</source>
            <translation> on {date}</translation>
        </message>
        <message>
            <source>{name}: de {kind} is aangevraagd{requested} maar nog niet afgegeven. Vul de afgiftedatum in zodra hij binnen is.</source>
            <translation>{name}: the {kind} was requested{requested} but has not been issued yet. Enter the date of issue as soon as it arrives.</translation>
        </message>
        <message>
            <source>{name}: de {kind} is verlopen op {date}. Vraag een nieuwe {kind} aan.</source>
            <translation>{name}: the {kind} expired on {date}. Request a new {kind}.</translation>
        </message>
        <message>
            <source>twee jaar zonder plaatsing sinds {date}</source>
            <translation>two years without a placement since {date}</translation>
        </message>
        <message>
            <source>{name}: de {kind} moet opnieuw worden aangevraagd ({reasons}).</source>
            <translation>{name}: the {kind} must be requested again ({reasons}).</translation>
        </message>
        <message>
            <source>{name}: de {kind} is geldig tot {date} (nog {days} dagen). Vraag op tijd een nieuwe aan.</source>
            <translation>{name}: the {kind} is valid until {date} ({days} days left). Request a new one in time.</translation>
        </message>
        <message>
            <source>{name}: de {kind} is geldig tot {date}; de nieuwe is aangevraagd.</source>
            <translation>{name}: the {kind} is valid until {date}; the new one has been requested.</translation>
        </message>
        <message>
            <source> tot {date}</source>
            <translation> until {date}</translation>
        </message>
        <message>
            <source>{name}: de {kind} is geldig{until}.</source>
            <translation>{name}: the {kind} is valid{until}.</translation>
        </message>
        <message>
            <source>Er zijn nog geen volwassenen ingevuld. Voeg ze toe: voor iedere volwassene is een {kind} nodig.</source>
            <translation>No adults have been entered yet. Add them: every adult needs a {kind}.</translation>
        </message>
        <message>
            <source>volgende actie</source>
            <translation>next action</translation>
        </message>
        <message>
            <source>norm overschreden</source>
            <translation>norm exceeded</translation>
        </message>
        <message>
            <source>Volgende stap bepalen</source>
            <translation>Decide on the next step</translation>
        </message>
        <message>
            <source>Al {days} werkdagen in {stage} (norm: {norm} werkdagen, sinds {since}).</source>
            <translation>Already {days} working days in {stage} (norm: {norm} working days, since {since}).</translation>
        </message>
        <message>
            <source>Herinnering {days} dagen: {message}</source>
            <translation>Reminder {days} days: {message}</translation>
        </message>
        <message>
            <source>Het plan kon niet worden berekend ({reden}). Probeer het opnieuw.</source>
            <translation>The plan could not be calculated ({reden}). Try again.</translation>
        </message>
        <message>
            <source>Het plan is afgebroken; er is niets voorgesteld.</source>
            <translation>The plan was stopped; nothing was proposed.</translation>
        </message>
        <message>
            <source>Er zijn {n} passende gezinnen, maar hun plekken gaan in dit plan naar andere kinderen: zo is de totale score het hoogst.</source>
            <translation>There are {n} suitable families, but in this plan their places go to other children: that gives the highest total score.</translation>
        </message>
        <message>
            <source>Er is 1 passend gezin, maar die plek gaat in dit plan naar een ander kind: zo is de totale score het hoogst.</source>
            <translation>There is 1 suitable family, but in this plan that place goes to another child: that gives the highest total score.</translation>
        </message>
        <message>
            <source>Deze aanvraag is aangemeld en is daarmee een gezin geworden. Volg de verdere stappen op de pagina Gezinnen.</source>
            <translation>This request has registered and has thereby become a family. Follow the next steps on the Families page.</translation>
        </message>
        <message>
            <source>De aanvraag staat al op '{status}'. Kies een andere status.</source>
            <translation>The request is already at '{status}'. Choose another status.</translation>
        </message>
        <message>
            <source>Een aanvraag kan niet terug naar 'nieuw'. Kies de stap waar de aanvraag nu is, of zet haar op 'niet nu' met een datum om opnieuw contact op te nemen.</source>
            <translation>A request cannot go back to 'new'. Choose the step the request is at now, or set it to 'not now' with a date to get in touch again.</translation>
        </message>
        <message>
            <source>Deze aanvraag is afgehaakt. Komt de persoon terug, kies dan 'pakket verstuurd', 'gebeld' of 'informatieavond'; '{status}' kan niet direct.</source>
            <translation>This request dropped out. If the person comes back, choose 'pack sent', 'called' or 'information evening'; '{status}' is not possible directly.</translation>
        </message>
        <message>
            <source>Een aanvraag gaat niet terug van '{current}' naar '{target}'. Kies een latere stap, 'afgehaakt' of 'niet nu'.</source>
            <translation>A request does not go back from '{current}' to '{target}'. Choose a later step, 'dropped out' or 'not now'.</translation>
        </message>
        <message>
            <source>geen tijd of ruimte op dit moment</source>
            <translation>no time or room at the moment</translation>
        </message>
        <message>
            <source>kiest voor een andere organisatie</source>
            <translation>chooses another organisation</translation>
        </message>
        <message>
            <source>niet meer bereikbaar, geen reactie</source>
            <translation>no longer reachable, no response</translation>
        </message>
        <message>
            <source>pleegzorg past niet bij de verwachtingen</source>
            <translation>foster care does not match the expectations</translation>
        </message>
        <message>
            <source>partner of gezin staat er niet achter</source>
            <translation>partner or family does not support it</translation>
        </message>
        <message>
            <source>andere reden (licht toe)</source>
            <translation>other reason (please explain)</translation>
        </message>
        <message>
            <source>Kies waarom de persoon afhaakt (een reden uit de lijst).</source>
            <translation>Choose why the person drops out (a reason from the list).</translation>
        </message>
        <message>
            <source>Reden '{reason}' staat niet in de lijst. Kies een reden uit de lijst.</source>
            <translation>Reason '{reason}' is not in the list. Choose a reason from the list.</translation>
        </message>
        <message>
            <source>Bij 'andere reden' hoort een toelichting: schrijf kort waarom.</source>
            <translation>'Other reason' needs an explanation: write briefly why.</translation>
        </message>
        <message>
            <source>Een reden hoort alleen bij 'afgehaakt'. Laat de reden leeg.</source>
            <translation>A reason only goes with 'dropped out'. Leave the reason empty.</translation>
        </message>
        <message>
            <source>Vul bij 'niet nu' een datum in waarop we opnieuw contact opnemen.</source>
            <translation>With 'not now', enter a date on which we get in touch again.</translation>
        </message>
        <message>
            <source>De datum om opnieuw contact op te nemen ({date}) ligt niet in de toekomst. Kies een datum na vandaag.</source>
            <translation>The date to get in touch again ({date}) is not in the future. Choose a date after today.</translation>
        </message>
        <message>
            <source>De datum om opnieuw contact op te nemen ({date}) ligt meer dan drie jaar vooruit. Controleer het jaartal.</source>
            <translation>The date to get in touch again ({date}) is more than three years ahead. Check the year.</translation>
        </message>
        <message>
            <source>Nieuwjaarsdag</source>
            <translation>New Year's Day</translation>
        </message>
        <message>
            <source>Goede Vrijdag</source>
            <translation>Good Friday</translation>
        </message>
        <message>
            <source>Eerste Paasdag</source>
            <translation>Easter Sunday</translation>
        </message>
        <message>
            <source>Tweede Paasdag</source>
            <translation>Easter Monday</translation>
        </message>
        <message>
            <source>Koningsdag</source>
            <translation>King's Day</translation>
        </message>
        <message>
            <source>Koninginnedag</source>
            <translation>Queen's Day</translation>
        </message>
        <message>
            <source>Bevrijdingsdag</source>
            <translation>Liberation Day</translation>
        </message>
        <message>
            <source>Hemelvaartsdag</source>
            <translation>Ascension Day</translation>
        </message>
        <message>
            <source>Eerste Pinksterdag</source>
            <translation>Whit Sunday</translation>
        </message>
        <message>
            <source>Tweede Pinksterdag</source>
            <translation>Whit Monday</translation>
        </message>
        <message>
            <source>Eerste Kerstdag</source>
            <translation>Christmas Day</translation>
        </message>
        <message>
            <source>Tweede Kerstdag</source>
            <translation>Boxing Day</translation>
        </message>
        <message>
            <source>Vul bij '{status}' een aantal werkdagen in van 0 of meer.</source>
            <translation>For '{status}', enter a number of working days of 0 or more.</translation>
        </message>
        <message>
            <source>'{status}': {days} werkdagen is te lang voor een reactietermijn. Gebruik hoogstens {maximum}.</source>
            <translation>'{status}': {days} working days is too long for a response time. Use at most {maximum}.</translation>
        </message>
        <message>
            <source>vandaag opvolgen</source>
            <translation>follow up today</translation>
        </message>
        <message>
            <source>opvolgen op {date}</source>
            <translation>follow up on {date}</translation>
        </message>
        <message>
            <source>1 werkdag te laat (opvolgen op {date})</source>
            <translation>1 working day late (follow up on {date})</translation>
        </message>
        <message>
            <source>{n} werkdagen te laat (opvolgen op {date})</source>
            <translation>{n} working days late (follow up on {date})</translation>
        </message>
        <message>
            <source>zelfde e-mailadres ({email})</source>
            <translation>same e-mail address ({email})</translation>
        </message>
        <message>
            <source>zelfde telefoonnummer ({phone})</source>
            <translation>same phone number ({phone})</translation>
        </message>
        <message>
            <source>let op: de naam verschilt ('{new}' en '{existing}')</source>
            <translation>note: the name differs ('{new}' and '{existing}')</translation>
        </message>
        <message>
            <source>zelfde postcode {postcode}</source>
            <translation>same postcode {postcode}</translation>
        </message>
        <message>
            <source>naam lijkt op '{existing}' ({percent}% gelijk) en zelfde postcode {postcode}</source>
            <translation>name resembles '{existing}' ({percent}% alike) and same postcode {postcode}</translation>
        </message>
        <message>
            <source>Toestemming '{value}' is niet duidelijk. Gebruik 'ja' of 'nee' (of de datum waarop toestemming is gegeven).</source>
            <translation>Consent '{value}' is not clear. Use 'ja' or 'nee' (or the date on which consent was given).</translation>
        </message>
        <message>
            <source>Datum '{value}' is geen geldige datum. Gebruik dag-maand-jaar, bijvoorbeeld 12-03-2026 of 12-03-2026 14:30.</source>
            <translation>Date '{value}' is not a valid date. Use day-month-year, for example 12-03-2026 or 12-03-2026 14:30.</translation>
        </message>
        <message>
            <source>Datum '{value}' ligt in de toekomst. Controleer de datum (dag-maand-jaar).</source>
            <translation>Date '{value}' is in the future. Check the date (day-month-year).</translation>
        </message>
        <message>
            <source>Datum '{value}' ligt vóór het jaar 2000. Controleer het jaartal.</source>
            <translation>Date '{value}' is before the year 2000. Check the year.</translation>
        </message>
        <message>
            <source>ma</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>di</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>wo</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>do</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>vr</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>za</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>zo</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>maandag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>dinsdag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>woensdag</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>donderdag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>vrijdag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>zaterdag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>zondag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>hele week</source>
            <translation>whole week</translation>
        </message>
        <message>
            <source>{first} en {last}</source>
            <translation>{first} and {last}</translation>
        </message>
        <message>
            <source>{first} t/m {last}</source>
            <translation>{first} to {last}</translation>
        </message>
        <message>
            <source>hele dag</source>
            <translation>all day</translation>
        </message>
        <message>
            <source>hele dag behalve {part}</source>
            <translation>all day except {part}</translation>
        </message>
        <message>
            <source>naam</source>
            <translation>name</translation>
        </message>
        <message>
            <source>voornaam</source>
            <translation>first name</translation>
        </message>
        <message>
            <source>achternaam</source>
            <translation>surname</translation>
        </message>
        <message>
            <source>voorletters</source>
            <translation>initials</translation>
        </message>
        <message>
            <source>tussenvoegsel</source>
            <translation>name prefix</translation>
        </message>
        <message>
            <source>naam contactpersoon</source>
            <translation>contact person's name</translation>
        </message>
        <message>
            <source>naam partner</source>
            <translation>partner's name</translation>
        </message>
        <message>
            <source>woonplaats</source>
            <translation>place of residence</translation>
        </message>
        <message>
            <source>straat</source>
            <translation>street</translation>
        </message>
        <message>
            <source>postcode</source>
            <translation>postcode</translation>
        </message>
        <message>
            <source>telefoonnummer</source>
            <translation>phone number</translation>
        </message>
        <message>
            <source>e-mailadres</source>
            <translation>e-mail address</translation>
        </message>
        <message>
            <source>huisnummer</source>
            <translation>house number</translation>
        </message>
        <message>
            <source>Vul een postcode in (bijvoorbeeld 3511 AB).</source>
            <translation>Enter a postcode (for example 3511 AB).</translation>
        </message>
        <message>
            <source>Postcode '{value}' is geen geldige postcode: een postcode begint niet met een 0 (bijvoorbeeld 3511 AB).</source>
            <translation>Postcode '{value}' is not a valid postcode: a postcode does not start with a 0 (for example 3511 AB).</translation>
        </message>
        <message>
            <source>Postcode '{value}' is geen geldige postcode: de letters {letters} worden niet gebruikt in Nederlandse postcodes. Controleer de letters.</source>
            <translation>Postcode '{value}' is not a valid postcode: the letters {letters} are not used in Dutch postcodes. Check the letters.</translation>
        </message>
        <message>
            <source>Postcode '{value}' is geen geldige postcode: er ontbreken twee letters (bijvoorbeeld 3511 AB).</source>
            <translation>Postcode '{value}' is not a valid postcode: two letters are missing (for example 3511 AB).</translation>
        </message>
        <message>
            <source>Postcode '{value}' is geen geldige postcode: er ontbreekt een letter (bijvoorbeeld 3511 AB).</source>
            <translation>Postcode '{value}' is not a valid postcode: a letter is missing (for example 3511 AB).</translation>
        </message>
        <message>
            <source>Postcode '{value}' is geen geldige postcode: een postcode bestaat uit vier cijfers en twee letters (bijvoorbeeld 3511 AB).</source>
            <translation>Postcode '{value}' is not a valid postcode: a postcode consists of four digits and two letters (for example 3511 AB).</translation>
        </message>
        <message>
            <source>Vul een telefoonnummer in (bijvoorbeeld 06 12345678).</source>
            <translation>Enter a phone number (for example 06 12345678).</translation>
        </message>
        <message>
            <source>Telefoonnummer '{value}' is ongeldig: de landcode bestaat niet. Begin met +31 of 0031 voor Nederland, of laat de landcode weg.</source>
            <translation>Phone number '{value}' is not valid: the country code does not exist. Start with +31 or 0031 for the Netherlands, or leave the country code out.</translation>
        </message>
        <message>
            <source>Telefoonnummer '{value}' is ongeldig: het nummer is te kort. Controleer of alle cijfers er staan (bijvoorbeeld 06 12345678).</source>
            <translation>Phone number '{value}' is not valid: the number is too short. Check that all digits are there (for example 06 12345678).</translation>
        </message>
        <message>
            <source>Telefoonnummer '{value}' is ongeldig: het nummer is te lang. Controleer de cijfers (bijvoorbeeld 06 12345678).</source>
            <translation>Phone number '{value}' is not valid: the number is too long. Check the digits (for example 06 12345678).</translation>
        </message>
        <message>
            <source>Telefoonnummer '{value}' is geen telefoonnummer. Typ alleen cijfers, eventueel met +, spaties of streepjes (bijvoorbeeld 06 12345678).</source>
            <translation>Phone number '{value}' is not a phone number. Type digits only, optionally with +, spaces or hyphens (for example 06 12345678).</translation>
        </message>
        <message>
            <source>Telefoonnummer '{value}' bestaat niet: controleer het netnummer en de cijfers (bijvoorbeeld 06 12345678 of 030 1234567).</source>
            <translation>Phone number '{value}' does not exist: check the area code and the digits (for example 06 12345678 or 030 1234567).</translation>
        </message>
        <message>
            <source>Vul een e-mailadres in (bijvoorbeeld naam@voorbeeld.nl).</source>
            <translation>Enter an e-mail address (for example naam@voorbeeld.nl).</translation>
        </message>
        <message>
            <source>E-mailadres '{value}' is ongeldig: het @-teken ontbreekt (bijvoorbeeld naam@voorbeeld.nl).</source>
            <translation>E-mail address '{value}' is not valid: the @ sign is missing (for example naam@voorbeeld.nl).</translation>
        </message>
        <message>
            <source>E-mailadres '{value}' is ongeldig: er staat meer dan één @-teken in. Vul één e-mailadres in.</source>
            <translation>E-mail address '{value}' is not valid: it contains more than one @ sign. Enter one e-mail address.</translation>
        </message>
        <message>
            <source>E-mailadres '{value}' is ongeldig: er mogen geen spaties in staan.</source>
            <translation>E-mail address '{value}' is not valid: it must not contain spaces.</translation>
        </message>
        <message>
            <source>E-mailadres '{value}' is ongeldig: de naam vóór het @-teken ontbreekt (bijvoorbeeld naam@voorbeeld.nl).</source>
            <translation>E-mail address '{value}' is not valid: the name before the @ sign is missing (for example naam@voorbeeld.nl).</translation>
        </message>
        <message>
            <source>E-mailadres '{value}' is ongeldig: het domein na het @-teken ontbreekt (bijvoorbeeld naam@voorbeeld.nl).</source>
            <translation>E-mail address '{value}' is not valid: the domain after the @ sign is missing (for example naam@voorbeeld.nl).</translation>
        </message>
        <message>
            <source>E-mailadres '{value}' is ongeldig: het domein na het @-teken is onvolledig, zoals '.nl' of '.com' (bijvoorbeeld naam@voorbeeld.nl).</source>
            <translation>E-mail address '{value}' is not valid: the domain after the @ sign is incomplete, like '.nl' or '.com' (for example naam@voorbeeld.nl).</translation>
        </message>
        <message>
            <source>E-mailadres '{value}' is ongeldig: het domein na het @-teken klopt niet. Controleer het op typefouten (bijvoorbeeld naam@voorbeeld.nl).</source>
            <translation>E-mail address '{value}' is not valid: the domain after the @ sign is not right. Check it for typing errors (for example naam@voorbeeld.nl).</translation>
        </message>
        <message>
            <source>E-mailadres '{value}' is ongeldig: de naam vóór het @-teken bevat tekens die niet mogen. Controleer het op typefouten.</source>
            <translation>E-mail address '{value}' is not valid: the name before the @ sign contains characters that are not allowed. Check it for typing errors.</translation>
        </message>
        <message>
            <source>E-mailadres '{value}' is ongeldig: het adres is te lang.</source>
            <translation>E-mail address '{value}' is not valid: the address is too long.</translation>
        </message>
        <message>
            <source>E-mailadres '{value}' is ongeldig. Controleer het op typefouten (bijvoorbeeld naam@voorbeeld.nl).</source>
            <translation>E-mail address '{value}' is not valid. Check it for typing errors (for example naam@voorbeeld.nl).</translation>
        </message>
        <message>
            <source>{label} '{value}' bevat een onzichtbaar stuurteken. Wis het veld en typ de naam opnieuw.</source>
            <translation>{label} '{value}' contains an invisible control character. Clear the field and type the name again.</translation>
        </message>
        <message>
            <source>Vul een {label} in.</source>
            <translation>Enter a {label}.</translation>
        </message>
        <message>
            <source>{label} '{value}' bevat een cijfer. Een naam bestaat uit letters, eventueel met spaties, koppeltekens, apostrofs of punten.</source>
            <translation>{label} '{value}' contains a digit. A name consists of letters, optionally with spaces, hyphens, apostrophes or full stops.</translation>
        </message>
        <message>
            <source>{label} '{value}' bevat het teken '{char}', dat niet in een naam hoort. Gebruik alleen letters, spaties, koppeltekens, apostrofs en punten.</source>
            <translation>{label} '{value}' contains the character '{char}', which does not belong in a name. Use only letters, spaces, hyphens, apostrophes and full stops.</translation>
        </message>
        <message>
            <source>{label} '{value}' is te lang ({length} tekens). Gebruik hoogstens {maximum} tekens.</source>
            <translation>{label} '{value}' is too long ({length} characters). Use at most {maximum} characters.</translation>
        </message>
        <message>
            <source>{label} '{value}' bevat geen letters. Vul een echte {label_lower} in.</source>
            <translation>{label} '{value}' contains no letters. Enter a real {label_lower}.</translation>
        </message>
        <message>
            <source>Vul een huisnummer in (bijvoorbeeld 12 of 12a).</source>
            <translation>Enter a house number (for example 12 or 12a).</translation>
        </message>
        <message>
            <source>Huisnummer '{value}' is ongeldig: dat is te lang voor een huisnummer (bijvoorbeeld 12 of 12a).</source>
            <translation>House number '{value}' is not valid: that is too long for a house number (for example 12 or 12a).</translation>
        </message>
        <message>
            <source>Huisnummer '{value}' is ongeldig: een huisnummer begint met een getal (bijvoorbeeld 12 of 12a).</source>
            <translation>House number '{value}' is not valid: a house number starts with a number (for example 12 or 12a).</translation>
        </message>
        <message>
            <source>Huisnummer '{value}' is ongeldig: na het getal mogen alleen letters of cijfers als toevoeging staan (bijvoorbeeld 12a of 12-bis).</source>
            <translation>House number '{value}' is not valid: after the number only letters or digits may follow as an addition (for example 12a or 12-bis).</translation>
        </message>
        <message>
            <source>Huisnummer '{value}' is ongeldig: een huisnummer is minstens 1 (bijvoorbeeld 12).</source>
            <translation>House number '{value}' is not valid: a house number is at least 1 (for example 12).</translation>
        </message>
        <message>
            <source>Huisnummer '{value}' is ongeldig: een huisnummer is hoogstens {maximum}.</source>
            <translation>House number '{value}' is not valid: a house number is at most {maximum}.</translation>
        </message>
        <message>
            <source>Huisnummer '{value}' is ongeldig: de toevoeging na het getal is te lang (hoogstens {maximum} tekens).</source>
            <translation>House number '{value}' is not valid: the addition after the number is too long (at most {maximum} characters).</translation>
        </message>
        <message>
            <source>Afgebroken op uw verzoek; er is niets opgeslagen of geschreven.</source>
            <translation>Stopped at your request; nothing was saved or written.</translation>
        </message>
        <message>
            <source>Kies een bestandsnaam die eindigt op .csv (voor Excel) of .json, niet '{name}'.</source>
            <translation>Choose a file name that ends in .csv (for Excel) or .json, not '{name}'.</translation>
        </message>
        <message>
            <source>Alleen een SQLite-bestand kan zo worden gekopieerd.</source>
            <translation>Only a SQLite file can be copied this way.</translation>
        </message>
        <message>
            <source>Het bestand {path} is geen bruikbare database: {reason}</source>
            <translation>The file {path} is not a usable database: {reason}</translation>
        </message>
        <message>
            <source>De controle van {path} vond fouten: {reason}</source>
            <translation>The check of {path} found errors: {reason}</translation>
        </message>
        <message>
            <source>Deze database is versleuteld, maar de versleuteling (SQLCipher) is niet geïnstalleerd. Installeer het programma met de extra 'encryption': pip install 'utregs-plekkie[encryption]'.</source>
            <translation>This database is encrypted, but the encryption (SQLCipher) is not installed. Install the program with the extra 'encryption': pip install 'utregs-plekkie[encryption]'.</translation>
        </message>
        <message>
            <source>De backup {path} bestaat niet.</source>
            <translation>The backup {path} does not exist.</translation>
        </message>
        <message>
            <source>Een database in het geheugen kan niet worden gekopieerd; gebruik een bestand.</source>
            <translation>A database in memory cannot be copied; use a file.</translation>
        </message>
        <message>
            <source>De database {path} is beschadigd ({detail}). Zet de laatste goede backup terug, van {when}: kies 'Backup terugzetten', of typ: utregs-plekkie restore "{backup}" --admin --db "{path}". Het beschadigde bestand wordt eerst apart bewaard.</source>
            <translation>The database {path} is damaged ({detail}). Restore the last good backup, from {when}: choose 'Restore backup', or type: utregs-plekkie restore "{backup}" --admin --db "{path}". The damaged file is kept separately first.</translation>
        </message>
        <message>
            <source>De database {path} is beschadigd ({detail}) en er is geen goede backup gevonden in {folder}. Maak een kopie van het bestand en neem contact op met de beheerder; werk niet verder in dit bestand.</source>
            <translation>The database {path} is damaged ({detail}) and no good backup was found in {folder}. Make a copy of the file and contact the administrator; do not continue working in this file.</translation>
        </message>
        <message>
            <source>De database {path} is nog geopend door een ander venster of programma. Sluit Utregs Plekkie overal waar het deze database gebruikt, en probeer het dan opnieuw.</source>
            <translation>The database {path} is still open in another window or program. Close Utregs Plekkie wherever it uses this database, then try again.</translation>
        </message>
        <message>
            <source>Na het terugzetten vond de controle fouten ({reason}). Het vorige bestand staat in {safety}.</source>
            <translation>After restoring, the check found errors ({reason}). The previous file is in {safety}.</translation>
        </message>
        <message>
            <source>Voor een backup van een PostgreSQL-database is het programma {name} nodig, maar het is niet gevonden. Installeer de PostgreSQL-clientprogramma's (bijvoorbeeld: apt install postgresql-client) in dezelfde versie als de server, of laat de databasebeheerder de backups op de server maken.</source>
            <translation>A backup of a PostgreSQL database needs the program {name}, but it was not found. Install the PostgreSQL client programs (for example: apt install postgresql-client) in the same version as the server, or have the database administrator make the backups on the server.</translation>
        </message>
        <message>
            <source>De backup {path} is niet leesbaar: {reason}</source>
            <translation>The backup {path} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>pg_dump kon geen backup maken: {reason}</source>
            <translation>pg_dump could not make a backup: {reason}</translation>
        </message>
        <message>
            <source>Dit is geen PostgreSQL-database.</source>
            <translation>This is not a PostgreSQL database.</translation>
        </message>
        <message>
            <source>De database is in gebruik door anderen ({reason}). Vraag iedereen het programma te sluiten en probeer het opnieuw; er is niets veranderd.</source>
            <translation>The database is in use by others ({reason}). Ask everyone to close the program and try again; nothing has changed.</translation>
        </message>
        <message>
            <source>Terugzetten is mislukt; er is niets veranderd: {reason}</source>
            <translation>Restoring failed; nothing has changed: {reason}</translation>
        </message>
        <message>
            <source>De database-URL '{url}' is niet geldig. Gebruik bijvoorbeeld sqlite:///pad/naar/bestand.sqlite of postgresql://gebruiker@server/db.</source>
            <translation>The database URL '{url}' is not valid. Use for example sqlite:///path/to/file.sqlite or postgresql://user@server/db.</translation>
        </message>
        <message>
            <source>Database-soort '{kind}' wordt niet ondersteund; gebruik SQLite of PostgreSQL.</source>
            <translation>Database type '{kind}' is not supported; use SQLite or PostgreSQL.</translation>
        </message>
        <message>
            <source>Kan de database {where} niet openen: {reason}</source>
            <translation>Cannot open the database {where}: {reason}</translation>
        </message>
        <message>
            <source>De postcodetabel bevat geen postcodes van Utrecht.</source>
            <translation>The postcode table contains no postcodes of Utrecht.</translation>
        </message>
        <message>
            <source>Evenementen: {n}</source>
            <translation>Events: {n}</translation>
        </message>
        <message>
            <source>Aanvragen: {n}</source>
            <translation>Requests: {n}</translation>
        </message>
        <message>
            <source>Gezinnen: {n}</source>
            <translation>Families: {n}</translation>
        </message>
        <message>
            <source>Kinderen: {n}</source>
            <translation>Children: {n}</translation>
        </message>
        <message>
            <source>De database bevat al gegevens. Demogegevens worden alleen in een lege database gezet; gebruik --replace om alles te vervangen (er wordt eerst een backup gemaakt).</source>
            <translation>The database already holds data. Demo data only goes into an empty database; use --replace to replace everything (a backup is made first).</translation>
        </message>
        <message>
            <source>Kies de soort: informatieavond, training of pop-up evenement.</source>
            <translation>Choose the kind: information evening, training or pop-up event.</translation>
        </message>
        <message>
            <source>Geef het evenement een naam (bijvoorbeeld 'Informatieavond Leidsche Rijn').</source>
            <translation>Give the event a name (for example 'Informatieavond Leidsche Rijn').</translation>
        </message>
        <message>
            <source>De naam is te lang ({n} tekens); gebruik hoogstens {max} tekens.</source>
            <translation>The name is too long ({n} characters); use at most {max} characters.</translation>
        </message>
        <message>
            <source>Het einde ({end}) ligt niet na het begin ({start}). Pas de tijden aan.</source>
            <translation>The end ({end}) is not after the start ({start}). Adjust the times.</translation>
        </message>
        <message>
            <source>De capaciteit is minstens 1 persoon; laat het veld leeg voor geen maximum.</source>
            <translation>The capacity is at least 1 person; leave the field empty for no maximum.</translation>
        </message>
        <message>
            <source>De plaats is te lang; gebruik hoogstens 200 tekens.</source>
            <translation>The place is too long; use at most 200 characters.</translation>
        </message>
        <message>
            <source>Er zijn al {n} mensen aangemeld; de capaciteit kan niet lager dan {n}. Meld eerst mensen af als er minder plaatsen zijn.</source>
            <translation>{n} people have already registered; the capacity cannot be lower than {n}. Unregister people first if there are fewer places.</translation>
        </message>
        <message>
            <source>Bij dit evenement is al aanwezigheid vastgelegd; het kan niet meer weg. Pas de naam aan (bijvoorbeeld 'vervallen') als het niet doorging.</source>
            <translation>Attendance has already been recorded for this event; it can no longer be removed. Change the name (for example 'cancelled') if it did not take place.</translation>
        </message>
        <message>
            <source>Evenement {id} bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>Event {id} does not exist (any more). Refresh the list.</translation>
        </message>
        <message>
            <source>Aanvraag {id} bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>Request {id} does not exist (any more). Refresh the list.</translation>
        </message>
        <message>
            <source>Gezin {id} bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>Family {id} does not exist (any more). Refresh the list.</translation>
        </message>
        <message>
            <source>{n} uitgenodigd</source>
            <translation>{n} invited</translation>
        </message>
        <message>
            <source>Kies één aanvraag of één gezin om aan te melden.</source>
            <translation>Choose one request or one family to register.</translation>
        </message>
        <message>
            <source>'{name}' ({kind}) op {when} is vol: alle {capacity} plaatsen zijn bezet. Meld {person} aan voor een andere datum, of verhoog de capaciteit als er meer plek is.</source>
            <translation>'{name}' ({kind}) on {when} is full: all {capacity} places are taken. Register {person} for another date, or raise the capacity if there is more room.</translation>
        </message>
        <message>
            <source>aangemeld: {who}</source>
            <translation>registered: {who}</translation>
        </message>
        <message>
            <source>Deze aanmelding bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>This registration does not exist (any more). Refresh the list.</translation>
        </message>
        <message>
            <source>Deze persoon was er al; een aanmelding met aanwezigheid kan niet worden afgemeld.</source>
            <translation>This person already attended; a registration with attendance cannot be cancelled.</translation>
        </message>
        <message>
            <source>afgemeld: aanmelding {id}</source>
            <translation>unregistered: registration {id}</translation>
        </message>
        <message>
            <source>{attended} bijeenkomst(en) gevolgd</source>
            <translation>{attended} session(s) attended</translation>
        </message>
        <message>
            <source>, {n} gemist</source>
            <translation>, {n} missed</translation>
        </message>
        <message>
            <source>, {n} nog niet afgevinkt</source>
            <translation>, {n} not yet ticked off</translation>
        </message>
        <message>
            <source>, {n} gepland</source>
            <translation>, {n} planned</translation>
        </message>
        <message>
            <source>Aanmelding {id} hoort niet bij dit evenement (meer). Vernieuw de lijst en vink opnieuw af.</source>
            <translation>Registration {id} does not belong to this event (any more). Refresh the list and tick off again.</translation>
        </message>
        <message>
            <source>aanwezigheid: {n} aanwezig van {total}</source>
            <translation>attendance: {n} present of {total}</translation>
        </message>
        <message>
            <source>{name} staat al in de fase {stage}; die is niet veranderd.</source>
            <translation>{name} is already in the stage {stage}; it has not changed.</translation>
        </message>
        <message>
            <source>Aanwezig op {event}</source>
            <translation>Present at {event}</translation>
        </message>
        <message>
            <source>{name} heeft al de status {status}; die is niet veranderd.</source>
            <translation>{name} already has the status {status}; it has not changed.</translation>
        </message>
        <message>
            <source>status: {old} -&gt; {new}</source>
            <translation>status: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>{name} heeft alle trainingsbijeenkomsten gevolgd ({attended}). Zet het gezin door naar {stage} als de training is afgerond.</source>
            <translation>{name} has attended all training sessions ({attended}). Move the family on to {stage} when the training is completed.</translation>
        </message>
        <message>
            <source>gezin</source>
            <translation>family</translation>
        </message>
        <message>
            <source>aanvraag</source>
            <translation>request</translation>
        </message>
        <message>
            <source>(naam onbekend)</source>
            <translation>(name unknown)</translation>
        </message>
        <message>
            <source>aanwezig</source>
            <translation>present</translation>
        </message>
        <message>
            <source>afwezig</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>uitgenodigd</source>
            <translation>invited</translation>
        </message>
        <message>
            <source>Kan {path} niet schrijven ({reason}). Kies een andere map of bestandsnaam.</source>
            <translation>Cannot write {path} ({reason}). Choose another folder or file name.</translation>
        </message>
        <message>
            <source>soort</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>uitnodigingslijst: {n} personen naar {file}</source>
            <translation>invitation list: {n} people to {file}</translation>
        </message>
        <message>
            <source>volwassene</source>
            <translation>adult</translation>
        </message>
        <message>
            <source>beschikbaarheid</source>
            <translation>availability</translation>
        </message>
        <message>
            <source>Deze {kind} bestaat niet (meer). Vernieuw de lijst en probeer het opnieuw.</source>
            <translation>This {kind} does not exist (any more). Refresh the list and try again.</translation>
        </message>
        <message>
            <source>Het veld {field} bevat een onzichtbaar stuurteken. Typ de tekst opnieuw.</source>
            <translation>The field {field} contains an invisible control character. Type the text again.</translation>
        </message>
        <message>
            <source>Het veld {field} is te lang ({n} tekens); gebruik hoogstens {max} tekens.</source>
            <translation>The field {field} is too long ({n} characters); use at most {max} characters.</translation>
        </message>
        <message>
            <source>instelling</source>
            <translation>setting</translation>
        </message>
        <message>
            <source>Vul de naam van het gezin in (bijvoorbeeld Familie De Vries).</source>
            <translation>Enter the family's name (for example Familie De Vries).</translation>
        </message>
        <message>
            <source>De naam van het gezin is te lang of bevat een stuurteken; gebruik hoogstens {max} gewone tekens.</source>
            <translation>The family's name is too long or contains a control character; use at most {max} ordinary characters.</translation>
        </message>
        <message>
            <source>Het aantal {field} moet tussen 0 en 30 liggen.</source>
            <translation>The number of {field} must be between 0 and 30.</translation>
        </message>
        <message>
            <source>Er zijn meer vrije slaapkamers ({spare}) dan slaapkamers ({total}); pas een van beide aan.</source>
            <translation>There are more spare bedrooms ({spare}) than bedrooms ({total}); adjust one of them.</translation>
        </message>
        <message>
            <source>De geboortedatum {date} ligt in de toekomst. Controleer de datum.</source>
            <translation>The date of birth {date} is in the future. Check the date.</translation>
        </message>
        <message>
            <source>Een volwassene is minstens {min} jaar; met geboortedatum {date} is dit iemand van {age}. Vul een kind in bij 'eigen kinderen'.</source>
            <translation>An adult is at least {min} years old; with date of birth {date} this is someone of {age}. Enter a child under 'own children'.</translation>
        </message>
        <message>
            <source>Vul in wanneer de {kind} is aangevraagd of afgegeven.</source>
            <translation>Enter when the {kind} was requested or issued.</translation>
        </message>
        <message>
            <source>aanvraagdatum</source>
            <translation>date of request</translation>
        </message>
        <message>
            <source>afgiftedatum</source>
            <translation>date of issue</translation>
        </message>
        <message>
            <source>De {field} {date} ligt in de toekomst. Controleer de datum.</source>
            <translation>The {field} {date} is in the future. Check the date.</translation>
        </message>
        <message>
            <source>De afgiftedatum ({issued}) ligt vóór de aanvraagdatum ({requested}). Controleer beide datums.</source>
            <translation>The date of issue ({issued}) is before the date of request ({requested}). Check both dates.</translation>
        </message>
        <message>
            <source>Een vervaldatum hoort bij een afgegeven {kind}: vul eerst de afgiftedatum in.</source>
            <translation>An expiry date belongs to an issued {kind}: enter the date of issue first.</translation>
        </message>
        <message>
            <source>De vervaldatum ({expires}) moet na de afgiftedatum ({issued}) liggen.</source>
            <translation>The expiry date ({expires}) must be after the date of issue ({issued}).</translation>
        </message>
        <message>
            <source>Geboortejaar {year} van een eigen kind kan niet kloppen; vul een jaar tussen {first} en {last} in.</source>
            <translation>Year of birth {year} of a child of their own cannot be right; enter a year between {first} and {last}.</translation>
        </message>
        <message>
            <source>Dit gezin kan nog niet op {stage}: {blockers}</source>
            <translation>This family cannot be set to {stage} yet: {blockers}</translation>
        </message>
        <message>
            <source>fase {stage}</source>
            <translation>stage {stage}</translation>
        </message>
        <message>
            <source>Het gezin valt nu onder {new} in plaats van {old}: de VGB's van de volwassenen moeten opnieuw worden aangevraagd.</source>
            <translation>The family now belongs to {new} instead of {old}: the adults' VGBs must be requested again.</translation>
        </message>
        <message>
            <source>Dit gezin staat in de fase {stage}, die de route voor {route}s niet kent. Verplaats het gezin eerst naar een fase van die route.</source>
            <translation>This family is in the stage {stage}, which the route for {route}s does not have. First move the family to a stage of that route.</translation>
        </message>
        <message>
            <source>Een steunoudergezin kan alleen '{care}' aanbieden; pas eerst het aanbod '{other}' aan of verwijder het.</source>
            <translation>A support family can only offer '{care}'; first change or remove the offer '{other}'.</translation>
        </message>
        <message>
            <source>Als {route} kan dit gezin niet beschikbaar blijven: {blockers}</source>
            <translation>As {route} this family cannot remain available: {blockers}</translation>
        </message>
        <message>
            <source>eigen kinderen: {n}</source>
            <translation>own children: {n}</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Deze aanvraag is al een gezin geworden ({name}). Open dat gezin.</source>
            <translation>This request has already become a family ({name}). Open that family.</translation>
        </message>
        <message>
            <source>Deze aanvraag is samengevoegd met een andere aanvraag; maak van die aanvraag een gezin.</source>
            <translation>This request has been merged with another request; make that request into a family.</translation>
        </message>
        <message>
            <source>Deze aanvraag is geanonimiseerd en kan geen gezin meer worden. Maak het gezin met de hand aan.</source>
            <translation>This request has been anonymised and can no longer become a family. Create the family by hand.</translation>
        </message>
        <message>
            <source>Deze aanvraag heeft nog geen naam. Vul eerst de naam in en probeer het opnieuw.</source>
            <translation>This request has no name yet. Enter the name first and try again.</translation>
        </message>
        <message>
            <source>Aangemaakt uit aanvraag {id} ({received}).</source>
            <translation>Created from request {id} ({received}).</translation>
        </message>
        <message>
            <source>uit aanvraag {id}</source>
            <translation>from request {id}</translation>
        </message>
        <message>
            <source>Gezin aangemaakt: {name}</source>
            <translation>Family created: {name}</translation>
        </message>
        <message>
            <source>aangemeld, gezin {id}</source>
            <translation>registered, family {id}</translation>
        </message>
        <message>
            <source>gezin {id}</source>
            <translation>family {id}</translation>
        </message>
        <message>
            <source>{kind} voor volwassene {id}</source>
            <translation>{kind} for adult {id}</translation>
        </message>
        <message>
            <source>fase: {old} -&gt; {new}</source>
            <translation>stage: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>Kies een zorgvorm uit de lijst.</source>
            <translation>Choose a kind of care from the list.</translation>
        </message>
        <message>
            <source>Een steunoudergezin (met een VOG, zonder gezinsonderzoek) kan alleen '{care}' aanbieden. Kies die zorgvorm, of zet het gezin op de route voor pleegouders.</source>
            <translation>A support family (with a VOG, without family assessment) can only offer '{care}'. Choose that kind of care, or put the family on the route for foster parents.</translation>
        </message>
        <message>
            <source>Vul bij capaciteit in hoeveel kinderen er tegelijk kunnen komen: minstens 1.</source>
            <translation>Under capacity, enter how many children can come at the same time: at least 1.</translation>
        </message>
        <message>
            <source>Een capaciteit van {n} kinderen tegelijk is niet realistisch; vul hoogstens 12 in.</source>
            <translation>A capacity of {n} children at the same time is not realistic; enter at most 12.</translation>
        </message>
        <message>
            <source>Een leeftijd ligt tussen 0 en {max} jaar (pleegkinderen kunnen tot hun {max}e blijven).</source>
            <translation>An age is between 0 and {max} years (foster children can stay until they are {max}).</translation>
        </message>
        <message>
            <source>De leeftijd 'van' ({low}) is hoger dan 'tot en met' ({high}); draai ze om.</source>
            <translation>The age 'from' ({low}) is higher than 'up to' ({high}); swap them.</translation>
        </message>
        <message>
            <source>De maximale afstand moet groter dan 0 km zijn (en hoogstens 500 km); laat het veld leeg als afstand niet uitmaakt.</source>
            <translation>The maximum distance must be greater than 0 km (and at most 500 km); leave the field empty if distance does not matter.</translation>
        </message>
        <message>
            <source>'Geldig tot' ({to}) ligt vóór 'geldig vanaf' ({start}). Pas een van beide aan.</source>
            <translation>'Valid until' ({to}) is before 'valid from' ({start}). Adjust one of them.</translation>
        </message>
        <message>
            <source>Kies bij weekendpleegzorg hoe vaak het gezin een weekend kan (elk weekend, om het weekend of eens per maand).</source>
            <translation>For weekend foster care, choose how often the family can do a weekend (every weekend, every other weekend or once a month).</translation>
        </message>
        <message>
            <source>Kruis in het weekrooster aan op welke dagdelen het gezin kan; voor '{care}' is dat nodig.</source>
            <translation>Tick in the weekly schedule which parts of days the family can do; '{care}' needs that.</translation>
        </message>
        <message>
            <source>'{need}' staat niet in de lijst van hulpvragen; kies uit de lijst.</source>
            <translation>'{need}' is not in the list of care needs; choose from the list.</translation>
        </message>
        <message>
            <source>gezin {id}: {care}</source>
            <translation>family {id}: {care}</translation>
        </message>
        <message>
            <source>Er zijn nu {n} kinderen geplaatst via dit aanbod; de capaciteit kan niet lager dan {n}.</source>
            <translation>{n} children are now placed through this offer; the capacity cannot be lower than {n}.</translation>
        </message>
        <message>
            <source>Via dit aanbod zijn nu {n} kinderen geplaatst. Zet het aanbod op pauze in plaats van het te verwijderen.</source>
            <translation>{n} children are now placed through this offer. Pause the offer instead of removing it.</translation>
        </message>
        <message>
            <source>De pauze eindigt ({end}) vóór ze begint ({start}). Pas de datums aan.</source>
            <translation>The pause ends ({end}) before it starts ({start}). Adjust the dates.</translation>
        </message>
        <message>
            <source>Deze pauze overlapt met de pauze van {start} tot en met {end}; pas die aan of kies andere datums.</source>
            <translation>This pause overlaps the pause from {start} to {end} inclusive; adjust that one or choose other dates.</translation>
        </message>
        <message>
            <source>pauze {start} t/m {end}</source>
            <translation>pause {start} to {end}</translation>
        </message>
        <message>
            <source>Deze pauze bestaat niet (meer). Vernieuw het scherm.</source>
            <translation>This pause does not exist (any more). Refresh the screen.</translation>
        </message>
        <message>
            <source>pauze verwijderd</source>
            <translation>pause removed</translation>
        </message>
        <message>
            <source>Gepauzeerd.</source>
            <translation>Paused.</translation>
        </message>
        <message>
            <source>Gepauzeerd tot en met {end}{why}.</source>
            <translation>Paused until {end} inclusive{why}.</translation>
        </message>
        <message>
            <source>Beschikbaar vanaf {start}.</source>
            <translation>Available from {start}.</translation>
        </message>
        <message>
            <source>Niet meer beschikbaar sinds {end}.</source>
            <translation>No longer available since {end}.</translation>
        </message>
        <message>
            <source>{free} van {total} plaatsen vrij</source>
            <translation>{free} of {total} places free</translation>
        </message>
        <message>
            <source>{places}; vrij in het rooster: {free}.</source>
            <translation>{places}; free in the schedule: {free}.</translation>
        </message>
        <message>
            <source>Dit gezin bestaat niet (meer). Vernieuw de lijst en probeer het opnieuw.</source>
            <translation>This family does not exist (any more). Refresh the list and try again.</translation>
        </message>
        <message>
            <source>{n} mnd</source>
            <translation>{n} mo</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Wijk/plaats</source>
            <translation>District/place</translation>
        </message>
        <message>
            <source>Aanbieder</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ontvangen</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Opvolgen</source>
            <translation>Follow up</translation>
        </message>
        <message>
            <source>(geanonimiseerd)</source>
            <translation>(anonymised)</translation>
        </message>
        <message>
            <source>Plaats</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Wijk</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Fase</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Sinds</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Volgende actie</source>
            <translation>Next action</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Leeftijd</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Zorgvorm</source>
            <translation>Kind of care</translation>
        </message>
        <message>
            <source>Urgentie</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Wacht sinds</source>
            <translation>Waiting since</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Gezin</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Voorgesteld op</source>
            <translation>Proposed on</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Capaciteit</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Aangemeld</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>totaal</source>
            <translation>total</translation>
        </message>
        <message>
            <source>opvolgen vandaag of eerder</source>
            <translation>follow up today or earlier</translation>
        </message>
        <message>
            <source>in werving</source>
            <translation>in recruitment</translation>
        </message>
        <message>
            <source>wachtend</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>open voorstellen</source>
            <translation>open proposals</translation>
        </message>
        <message>
            <source>actieve plaatsingen</source>
            <translation>active placements</translation>
        </message>
        <message>
            <source>komend</source>
            <translation>upcoming</translation>
        </message>
        <message>
            <source>afgelopen</source>
            <translation>past</translation>
        </message>
        <message>
            <source>aanvragen</source>
            <translation>requests</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>child</translation>
        </message>
        <message>
            <source>voorstel</source>
            <translation>proposal</translation>
        </message>
        <message>
            <source>plaatsing</source>
            <translation>placement</translation>
        </message>
        <message>
            <source>Er is geen kind met code '{code}'. Controleer de code.</source>
            <translation>There is no child with code '{code}'. Check the code.</translation>
        </message>
        <message>
            <source>gewichtenset</source>
            <translation>set of weights</translation>
        </message>
        <message>
            <source>matching bekeken</source>
            <translation>matching viewed</translation>
        </message>
        <message>
            <source>Dit gezin bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>This family does not exist (any more). Refresh the list.</translation>
        </message>
        <message>
            <source>Kind {code} heeft de status '{status}' en kan nu niet worden voorgesteld. Rond eerst het lopende voorstel af.</source>
            <translation>Child {code} has the status '{status}' and cannot be proposed now. First complete the current proposal.</translation>
        </message>
        <message>
            <source>Dit aanbod hoort niet bij dit gezin. Kies een aanbod van het gezin.</source>
            <translation>This offer does not belong to this family. Choose an offer of the family.</translation>
        </message>
        <message>
            <source>Dit gezin past niet bij kind {code}: {redenen}.</source>
            <translation>This family does not fit child {code}: {redenen}.</translation>
        </message>
        <message>
            <source>kind {code} voorgesteld aan gezin {gezin} (score {score})</source>
            <translation>child {code} proposed to family {gezin} (score {score})</translation>
        </message>
        <message>
            <source>Dit voorstel bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>This proposal does not exist (any more). Refresh the list.</translation>
        </message>
        <message>
            <source>Een voorstel met de status '{nu}' kan niet naar '{naar}'; mogelijk is: {opties}.</source>
            <translation>A proposal with the status '{nu}' cannot move to '{naar}'; possible is: {opties}.</translation>
        </message>
        <message>
            <source>Dit voorstel is al afgerond (status '{nu}') en kan niet meer veranderen.</source>
            <translation>This proposal is already completed (status '{nu}') and can no longer change.</translation>
        </message>
        <message>
            <source>status {status}</source>
            <translation>status {status}</translation>
        </message>
        <message>
            <source>Geef een reden op waarom het voorstel wordt afgewezen; die wordt bewaard.</source>
            <translation>Give a reason why the proposal is declined; it is kept.</translation>
        </message>
        <message>
            <source>Houd de reden korter dan 1000 tekens.</source>
            <translation>Keep the reason shorter than 1000 characters.</translation>
        </message>
        <message>
            <source>Vul de startdatum van de plaatsing in.</source>
            <translation>Enter the start date of the placement.</translation>
        </message>
        <message>
            <source>Het aanbod van dit voorstel bestaat niet meer. Wijs het voorstel af en doe een nieuw voorstel.</source>
            <translation>The offer of this proposal no longer exists. Decline the proposal and make a new one.</translation>
        </message>
        <message>
            <source>Het aanbod heeft op {datum} {vrij} vrije plek(ken), en er zijn er {nodig} nodig. Kies een andere startdatum of een ander gezin.</source>
            <translation>On {datum} the offer has {vrij} free place(s), and {nodig} are needed. Choose another start date or another family.</translation>
        </message>
        <message>
            <source>Het aanbod heeft {delen} op {datum} niet (meer) vrij. Kies een ander rooster of een andere startdatum.</source>
            <translation>The offer does not have {delen} free (any more) on {datum}. Choose another schedule or another start date.</translation>
        </message>
        <message>
            <source>kind {code} geplaatst bij gezin {gezin} vanaf {datum}</source>
            <translation>child {code} placed with family {gezin} from {datum}</translation>
        </message>
        <message>
            <source>Geef een reden op waarom de plaatsing eindigt; die wordt bewaard.</source>
            <translation>Give a reason why the placement ends; it is kept.</translation>
        </message>
        <message>
            <source>Deze plaatsing bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>This placement does not exist (any more). Refresh the list.</translation>
        </message>
        <message>
            <source>Deze plaatsing is al beëindigd.</source>
            <translation>This placement has already ended.</translation>
        </message>
        <message>
            <source>De einddatum ligt vóór de startdatum ({start}). Kies een latere datum.</source>
            <translation>The end date is before the start date ({start}). Choose a later date.</translation>
        </message>
        <message>
            <source>beëindigd op {datum}: {reden}</source>
            <translation>ended on {datum}: {reden}</translation>
        </message>
        <message>
            <source>shortlist</source>
            <translation>shortlist</translation>
        </message>
        <message>
            <source>Geef de tekst een versie van 1 tot 40 tekens, bijvoorbeeld '2027-01'.</source>
            <translation>Give the text a version of 1 to 40 characters, for example '2027-01'.</translation>
        </message>
        <message>
            <source>De privacytekst is leeg; plak de volledige tekst.</source>
            <translation>The privacy text is empty; paste the full text.</translation>
        </message>
        <message>
            <source>Versie '{version}' bestaat al. Een gebruikte tekst wordt nooit gewijzigd: geef de nieuwe tekst een nieuwe versie.</source>
            <translation>Version '{version}' already exists. A text that was used is never changed: give the new text a new version.</translation>
        </message>
        <message>
            <source>Er is nog geen privacytekst vastgelegd. Laat een beheerder de tekst toevoegen die bezoekers te zien krijgen; dan kan de toestemming worden bewaard.</source>
            <translation>No privacy text has been recorded yet. Have an administrator add the text that visitors are shown; then the consent can be stored.</translation>
        </message>
        <message>
            <source>Aanvraag {id} bestaat niet (meer). Zoek de aanvraag opnieuw op.</source>
            <translation>Request {id} does not exist (any more). Look the request up again.</translation>
        </message>
        <message>
            <source>Kies voor aanvragen een bewaartermijn van 1 tot 240 maanden.</source>
            <translation>For requests, choose a retention period of 1 to 240 months.</translation>
        </message>
        <message>
            <source>Kies voor gestopte gezinnen een bewaartermijn van 1 tot 50 jaar.</source>
            <translation>For families that stopped, choose a retention period of 1 to 50 years.</translation>
        </message>
        <message>
            <source>Gezinnen bij wie een kind geplaatst is geweest, worden minstens 20 jaar bewaard (Jeugdwet); kies 20 tot 100 jaar.</source>
            <translation>Families with whom a child has been placed are kept for at least 20 years (Youth Act); choose 20 to 100 years.</translation>
        </message>
        <message>
            <source>geen voortgang sinds {months} maanden</source>
            <translation>no progress for {months} months</translation>
        </message>
        <message>
            <source>gestopt, langer dan {years} jaar geleden</source>
            <translation>stopped, more than {years} years ago</translation>
        </message>
        <message>
            <source>Kies een aanvraag of een gezin (één van beide).</source>
            <translation>Choose a request or a family (one of the two).</translation>
        </message>
        <message>
            <source>Aanvraag {id} bestaat niet. Controleer het nummer.</source>
            <translation>Request {id} does not exist. Check the number.</translation>
        </message>
        <message>
            <source>Gezin {id} bestaat niet. Controleer het nummer.</source>
            <translation>Family {id} does not exist. Check the number.</translation>
        </message>
        <message>
            <source>Inzage in persoonsgegevens (AVG)</source>
            <translation>Access to personal data (GDPR)</translation>
        </message>
        <message>
            <source>Deze {kind} is intussen door iemand anders gewijzigd. Uw wijzigingen zijn niet opgeslagen, maar staan nog in het formulier: laad de nieuwste versie en voer ze opnieuw in.</source>
            <translation>This {kind} has been changed by someone else in the meantime. Your changes have not been saved, but are still in the form: load the latest version and enter them again.</translation>
        </message>
        <message>
            <source>Deze {kind} bestaat niet meer.</source>
            <translation>This {kind} no longer exists.</translation>
        </message>
        <message>
            <source>Aanmelden is niet gelukt: de gebruikersnaam of het wachtwoord klopt niet, of het account is na te veel mislukte pogingen even geblokkeerd. Controleer wat u typte en probeer het opnieuw (na een paar minuten), of vraag een beheerder om hulp.</source>
            <translation>Signing in did not work: the user name or the password is not right, or the account is blocked for a while after too many failed attempts. Check what you typed and try again (after a few minutes), or ask an administrator for help.</translation>
        </message>
        <message>
            <source>Deze pincode klopt niet, of er is te vaak een verkeerde pincode ingevoerd. Probeer het over een paar minuten opnieuw, of laat een werver inloggen.</source>
            <translation>This PIN is not right, or a wrong PIN was entered too often. Try again in a few minutes, or have a recruiter sign in.</translation>
        </message>
        <message>
            <source>De naam is te lang (hoogstens 120 tekens).</source>
            <translation>The name is too long (at most 120 characters).</translation>
        </message>
        <message>
            <source>De gebruikersnaam '{name}' bestaat al; kies een andere.</source>
            <translation>The user name '{name}' already exists; choose another one.</translation>
        </message>
        <message>
            <source>Er is al een beheerder. Meld u aan, en laat een beheerder nieuwe gebruikers maken.</source>
            <translation>There already is an administrator. Sign in, and have an administrator create new users.</translation>
        </message>
        <message>
            <source>Er is geen gebruiker '{name}'. Kijk in de lijst van gebruikers.</source>
            <translation>There is no user '{name}'. Look in the list of users.</translation>
        </message>
        <message>
            <source>Deze gebruiker bestaat niet meer.</source>
            <translation>This user no longer exists.</translation>
        </message>
        <message>
            <source>gebruiker</source>
            <translation>user</translation>
        </message>
        <message>
            <source>Dit is de laatste actieve beheerder. Maak eerst een andere beheerder, anders kan niemand meer gebruikers of backups beheren.</source>
            <translation>This is the last active administrator. First create another administrator, or nobody can manage users or backups any more.</translation>
        </message>
        <message>
            <source>Het huidige wachtwoord klopt niet; het wachtwoord is niet gewijzigd.</source>
            <translation>The current password is not right; the password has not been changed.</translation>
        </message>
        <message>
            <source>Met dit account kunt u de kiosk niet verlaten. Laat een werver, matcher of beheerder inloggen, of gebruik de pincode.</source>
            <translation>This account cannot leave the kiosk. Have a recruiter, matcher or administrator sign in, or use the PIN.</translation>
        </message>
        <message>
            <source>Kies 0 (nooit vergrendelen) tot {max} minuten.</source>
            <translation>Choose 0 (never lock) to {max} minutes.</translation>
        </message>
        <message>
            <source>Het lettertype {name} is niet gevonden, dus de PDF kan geen letters als ë en ç tonen. Installeer DejaVu (Debian/Ubuntu: apt install fonts-dejavu-core) en probeer het opnieuw.</source>
            <translation>The font {name} was not found, so the PDF cannot show letters like ë and ç. Install DejaVu (Debian/Ubuntu: apt install fonts-dejavu-core) and try again.</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Dit overzicht bevat alle gegevens die in Utregs Plekkie (de werving van pleeg- en steunouders van KOOS Utrecht en Spoor030) over u zijn vastgelegd, en wie ze wanneer heeft bekeken of gewijzigd. Gemaakt op {when}.</source>
            <translation>This overview contains all data recorded about you in Utregs Plekkie (the recruitment of foster and support parents by KOOS Utrecht and Spoor030), and who viewed or changed it when. Made on {when}.</translation>
        </message>
        <message>
            <source>Klopt er iets niet, of wilt u dat wij gegevens verwijderen? Neem contact op met de organisatie die u heeft gesproken; u kunt ook uw toestemming intrekken.</source>
            <translation>Is something not right, or do you want us to delete data? Contact the organisation you spoke to; you can also withdraw your consent.</translation>
        </message>
        <message>
            <source>Aanvragen ({n})</source>
            <translation>Requests ({n})</translation>
        </message>
        <message>
            <source>Aanvraag {id}</source>
            <translation>Request {id}</translation>
        </message>
        <message>
            <source>Interesses</source>
            <translation>Interests</translation>
        </message>
        <message>
            <source>Statusgeschiedenis</source>
            <translation>Status history</translation>
        </message>
        <message>
            <source>Gezin ({n})</source>
            <translation>Family ({n})</translation>
        </message>
        <message>
            <source>Gezin {id}</source>
            <translation>Family {id}</translation>
        </message>
        <message>
            <source>Volwassene {id}</source>
            <translation>Adult {id}</translation>
        </message>
        <message>
            <source>Eigen kinderen</source>
            <translation>Own children</translation>
        </message>
        <message>
            <source>Fasegeschiedenis</source>
            <translation>Stage history</translation>
        </message>
        <message>
            <source>Plaatsingen</source>
            <translation>Placements</translation>
        </message>
        <message>
            <source>Aanbod</source>
            <translation>Offers</translation>
        </message>
        <message>
            <source>Voorstellen (zonder gegevens van het kind)</source>
            <translation>Proposals (without the child's data)</translation>
        </message>
        <message>
            <source>Evenementen</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Privacytekst waarvoor u toestemming gaf</source>
            <translation>Privacy text you consented to</translation>
        </message>
        <message>
            <source>Versie {version}, geldig vanaf {since}</source>
            <translation>Version {version}, valid from {since}</translation>
        </message>
        <message>
            <source>Logboek: wie deed wat met uw gegevens</source>
            <translation>Audit trail: who did what with your data</translation>
        </message>
        <message>
            <source>Inzage persoonsgegevens (AVG) — pagina {page}</source>
            <translation>Access to personal data (GDPR) — page {page}</translation>
        </message>
        <message>
            <source>Inzage persoonsgegevens</source>
            <translation>Access to personal data</translation>
        </message>
        <message>
            <source>{day}, {time} uur</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <source>pagina {page} van {total}</source>
            <translation>page {page} of {total}</translation>
        </message>
        <message>
            <source>E-mail / telefoon</source>
            <translation>E-mail / phone</translation>
        </message>
        <message>
            <source>Aanwezig</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Handtekening</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Presentielijst {title} · afgedrukt {when}</source>
            <translation>Attendance list {title} · printed {when}</translation>
        </message>
        <message>
            <source>Presentielijst {title}</source>
            <translation>Attendance list {title}</translation>
        </message>
        <message>
            <source>Plaats: {place}</source>
            <translation>Place: {place}</translation>
        </message>
        <message>
            <source>Organisatie: {provider}</source>
            <translation>Organisation: {provider}</translation>
        </message>
        <message>
            <source>{registered} aangemeld, {invited} alleen uitgenodigd</source>
            <translation>{registered} registered, {invited} only invited</translation>
        </message>
        <message>
            <source>Presentielijst: {title}</source>
            <translation>Attendance list: {title}</translation>
        </message>
        <message>
            <source>Vink aan wie er is. Wie niet op de lijst staat, schrijft zijn of haar naam op een lege regel.</source>
            <translation>Tick who is present. Anyone not on the list writes their name on an empty line.</translation>
        </message>
        <message>
            <source>presentielijst: {n} personen{contact}</source>
            <translation>attendance list: {n} people{contact}</translation>
        </message>
        <message>
            <source> met contactgegevens</source>
            <translation> with contact details</translation>
        </message>
        <message>
            <source>Er zijn geen pakketten om te maken: kies eerst een of meer aanvragen.</source>
            <translation>There are no packs to make: first choose one or more requests.</translation>
        </message>
        <message>
            <source>De map {folder} bestaat niet. Kies een bestaande map om het PDF-bestand in op te slaan.</source>
            <translation>The folder {folder} does not exist. Choose an existing folder to save the PDF file in.</translation>
        </message>
        <message>
            <source>Kan niet schrijven in de map {folder} ({reason}). Kies een andere map.</source>
            <translation>Cannot write in the folder {folder} ({reason}). Choose another folder.</translation>
        </message>
        <message>
            <source>Kan {path} niet opslaan ({reason}). Sluit het bestand als het open staat, of kies een andere naam.</source>
            <translation>Cannot save {path} ({reason}). Close the file if it is open, or choose another name.</translation>
        </message>
        <message>
            <source>{subject}: {field} ontbreekt</source>
            <translation>{subject}: {field} is missing</translation>
        </message>
        <message>
            <source>zonder naam</source>
            <translation>without a name</translation>
        </message>
        <message>
            <source>Aanvraag {id} ({name})</source>
            <translation>Request {id} ({name})</translation>
        </message>
        <message>
            <source>Gezin {id} ({name})</source>
            <translation>Family {id} ({name})</translation>
        </message>
        <message>
            <source>Het eerste etiket moet een nummer van 1 tot en met {n} zijn.</source>
            <translation>The first label must be a number from 1 to {n}.</translation>
        </message>
        <message>
            <source>Er zijn geen adressen om etiketten van te maken.</source>
            <translation>There are no addresses to make labels from.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Er ging iets mis</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Er ging iets mis dat Utregs Plekkie niet verwachtte. Wat al was opgeslagen, blijft bewaard.</source>
            <translation>Something went wrong that Utregs Plekkie did not expect. What was already saved is kept.</translation>
        </message>
        <message>
            <source>De details staan in het logbestand {path}. Stuur dat bestand mee als u dit meldt bij uw beheerder.</source>
            <translation>The details are in the log file {path}. Send that file along when you report this to your administrator.</translation>
        </message>
        <message>
            <source>Map met logbestanden openen</source>
            <translation>Open the log folder</translation>
        </message>
    </context>
</TS>
