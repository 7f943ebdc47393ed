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
        <name>AccessRequestDialog</name>
        <message>
            <source>Inzageverzoek (AVG)</source>
            <translation>Access request (GDPR)</translation>
        </message>
        <message>
            <source>Inzageverzoek</source>
            <translation>Access request</translation>
        </message>
        <message>
            <source>Iemand heeft recht op alle gegevens die over hem of haar zijn vastgelegd. Zoek de persoon, kies wat u wilt opslaan en stuur het bestand beveiligd naar de aanvrager. Gegevens over kinderen blijven erbuiten.</source>
            <translation>A person has the right to all data recorded about them. Find the person, choose what you want to save and send the file securely to the requester. Data about children is left out.</translation>
        </message>
        <message>
            <source>&amp;PDF (om te lezen)</source>
            <translation>&amp;PDF (to read)</translation>
        </message>
        <message>
            <source>&amp;JSON (voor een ander systeem)</source>
            <translation>&amp;JSON (for another system)</translation>
        </message>
        <message>
            <source>&amp;Opslaan…</source>
            <translation>&amp;Save…</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Inzage opslaan</source>
            <translation>Save access request</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Bezig met verzamelen en opslaan…</source>
            <translation>Collecting and saving…</translation>
        </message>
        <message>
            <source>Opgeslagen: {files}. Stuur het beveiligd (niet als gewone bijlage) naar de aanvrager; het verzoek staat in het logboek.</source>
            <translation>Saved: {files}. Send it securely (not as an ordinary attachment) to the requester; the request is in the audit trail.</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Gebruiker toevoegen</source>
            <translation>Add user</translation>
        </message>
        <message>
            <source>bijvoorbeeld a.jansen</source>
            <translation>for example a.jansen</translation>
        </message>
        <message>
            <source>Gebruikersnaam</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>&amp;Gebruikersnaam:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Rol:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>Account aanmaken</source>
            <translation>Create account</translation>
        </message>
        <message>
            <source>Mag: {what}.</source>
            <translation>May: {what}.</translation>
        </message>
        <message>
            <source>Het account wordt aangemaakt…</source>
            <translation>Creating the account…</translation>
        </message>
    </context>
    <context>
        <name>AdultDialog</name>
        <message>
            <source>Volwassene wijzigen</source>
            <translation>Edit adult</translation>
        </message>
        <message>
            <source>Volwassene toevoegen</source>
            <translation>Add adult</translation>
        </message>
        <message>
            <source>Voornaam:</source>
            <translation>First name:</translation>
        </message>
        <message>
            <source>Tussenvoegsel:</source>
            <translation>Name prefix:</translation>
        </message>
        <message>
            <source>Achternaam:</source>
            <translation>Surname:</translation>
        </message>
        <message>
            <source>Geboortedatum:</source>
            <translation>Date of birth:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Telefoon:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Komt/kwam wonen op:</source>
            <translation>Moves/moved in on:</translation>
        </message>
        <message>
            <source>Vul 'komt wonen op' alleen in voor iemand die later bij het gezin komt wonen: een VGB van vóór die datum moet dan opnieuw worden aangevraagd.</source>
            <translation>Only fill in 'moves in on' for someone who comes to live with the family later: a VGB from before that date must then be requested again.</translation>
        </message>
    </context>
    <context>
        <name>AdultsPanel</name>
        <message>
            <source>Volwassenen en hun VGB of VOG</source>
            <translation>Adults and their VGB or VOG</translation>
        </message>
        <message>
            <source>Volwassene toevoegen…</source>
            <translation>Add adult…</translation>
        </message>
        <message>
            <source>Wijzigen…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Gekozen volwassene wijzigen</source>
            <translation>Edit the selected adult</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Gekozen volwassene verwijderen</source>
            <translation>Remove the selected adult</translation>
        </message>
        <message>
            <source>VGB/VOG vastleggen…</source>
            <translation>Record VGB/VOG…</translation>
        </message>
        <message>
            <source>Een nieuwe aanvraag of afgifte vastleggen voor de gekozen volwassene</source>
            <translation>Record a new request or issue for the selected adult</translation>
        </message>
        <message>
            <source>VGB/VOG bijwerken…</source>
            <translation>Update VGB/VOG…</translation>
        </message>
        <message>
            <source>De laatste VGB of VOG van de gekozen volwassene aanvullen of verbeteren</source>
            <translation>Complete or correct the latest VGB or VOG of the selected adult</translation>
        </message>
        <message>
            <source>Voor iedere volwassene van dit {route}sgezin is een {kind} nodig. Herinneringen komen 60 en 30 dagen voordat een verklaring niet meer telt.</source>
            <translation>Every adult in this {route} family needs a {kind}. Reminders come 60 and 30 days before a certificate stops counting.</translation>
        </message>
        <message>
            <source>Nog geen volwassenen ingevuld. Voeg ze toe: voor iedereen is een {kind} nodig.</source>
            <translation>No adults entered yet. Add them: everyone needs a {kind}.</translation>
        </message>
        <message>
            <source>Kies eerst een volwassene in de lijst.</source>
            <translation>First choose an adult in the list.</translation>
        </message>
        <message>
            <source>{name} verwijderen uit dit gezin, met zijn of haar VGB/VOG? Dat kan niet ongedaan worden.</source>
            <translation>Remove {name} from this family, with their VGB/VOG? This cannot be undone.</translation>
        </message>
        <message>
            <source>Ja, verwijderen</source>
            <translation>Yes, remove</translation>
        </message>
        <message>
            <source>Niet verwijderen</source>
            <translation>Do not remove</translation>
        </message>
    </context>
    <context>
        <name>AppSession</name>
        <message>
            <source>Automatische backup gemaakt en gecontroleerd.</source>
            <extracomment>How often the program looks whether the daily automatic backup is due. The main window was (re)built (a MainWindow), or closed (None). The window was locked (True) or unlocked (False). An automatic backup was made (BackupInfo) — for the status bar and tests.</extracomment>
            <translation>Automatic backup made and checked.</translation>
        </message>
        <message>
            <source>Automatische backup</source>
            <translation>Automatic backup</translation>
        </message>
        <message>
            <source>De automatische backup is niet gelukt.</source>
            <translation>The automatic backup did not succeed.</translation>
        </message>
        <message>
            <source>{reason}

Maak zelf een backup via Beheer → Backup maken…, of vraag de beheerder om hulp. Tot dan is er geen verse kopie van de gegevens.</source>
            <translation>{reason}

Make a backup yourself via Administration → Make backup…, or ask the administrator for help. Until then there is no fresh copy of the data.</translation>
        </message>
        <message>
            <source>De backup wordt teruggezet…</source>
            <translation>Restoring the backup…</translation>
        </message>
        <message>
            <source>Terugzetten kan alleen in een databasebestand.</source>
            <translation>Restoring is only possible in a database file.</translation>
        </message>
        <message>
            <source>Backup terugzetten</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>De backup is niet teruggezet: de database is nog in gebruik.</source>
            <translation>The backup was not restored: the database is still in use.</translation>
        </message>
        <message>
            <source>De backup is niet teruggezet.</source>
            <translation>The backup was not restored.</translation>
        </message>
        <message>
            <source>De backup van {when} is teruggezet.</source>
            <translation>The backup of {when} has been restored.</translation>
        </message>
        <message>
            <source>Wat na die backup is ingevoerd, zit er niet meer in. De database zoals hij vóór het terugzetten was, is bewaard als {path}.</source>
            <translation>Anything entered after that backup is no longer in it. The database as it was before restoring has been kept as {path}.</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Tijdstip</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Gebruiker</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Onderdeel</source>
            <translation>Item type</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <source>Logboek (audittrail)</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Logboek</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Wie wat wanneer heeft bekeken, gewijzigd, samengevoegd, geëxporteerd, afgedrukt, geïmporteerd of verwijderd. Het logboek kan door niemand worden gewijzigd; het bevat nummers, geen namen of adressen.</source>
            <translation>Who viewed, changed, merged, exported, printed, imported or deleted what, and when. Nobody can change the audit trail; it contains numbers, not names or addresses.</translation>
        </message>
        <message>
            <source>Gebruiker</source>
            <translation>User</translation>
        </message>
        <message>
            <source>iedereen (of typ een gebruikersnaam)</source>
            <translation>everyone (or type a user name)</translation>
        </message>
        <message>
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>alle acties</source>
            <translation>all actions</translation>
        </message>
        <message>
            <source>Onderdeel</source>
            <translation>Item type</translation>
        </message>
        <message>
            <source>alle onderdelen</source>
            <translation>all item types</translation>
        </message>
        <message>
            <source>nummer</source>
            <translation>number</translation>
        </message>
        <message>
            <source>Recordnummer</source>
            <translation>Record number</translation>
        </message>
        <message>
            <source>van</source>
            <translation>from</translation>
        </message>
        <message>
            <source>tot en met</source>
            <translation>up to and including</translation>
        </message>
        <message>
            <source>Periode vanaf</source>
            <translation>Period from</translation>
        </message>
        <message>
            <source>Periode tot en met</source>
            <translation>Period up to and including</translation>
        </message>
        <message>
            <source>tekst in de details</source>
            <translation>text in the details</translation>
        </message>
        <message>
            <source>Tekst in de details</source>
            <translation>Text in the details</translation>
        </message>
        <message>
            <source>Filters &amp;wissen</source>
            <translation>&amp;Clear filters</translation>
        </message>
        <message>
            <source>&amp;Wie:</source>
            <translation>&amp;Who:</translation>
        </message>
        <message>
            <source>W&amp;at:</source>
            <translation>Wh&amp;at:</translation>
        </message>
        <message>
            <source>&amp;Onderdeel:</source>
            <translation>&amp;Item type:</translation>
        </message>
        <message>
            <source>&amp;Record:</source>
            <translation>&amp;Record:</translation>
        </message>
        <message>
            <source>Periode:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>&amp;Tekst:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>Regels van het logboek</source>
            <translation>Lines of the audit trail</translation>
        </message>
        <message>
            <source>◀ &amp;Nieuwere</source>
            <translation>◀ &amp;Newer</translation>
        </message>
        <message>
            <source>De vorige {n} regels (nieuwer)</source>
            <translation>The previous {n} lines (newer)</translation>
        </message>
        <message>
            <source>&amp;Oudere ▶</source>
            <translation>&amp;Older ▶</translation>
        </message>
        <message>
            <source>De volgende {n} regels (ouder)</source>
            <translation>The next {n} lines (older)</translation>
        </message>
        <message>
            <source>&amp;Exporteren (CSV/JSON)…</source>
            <translation>&amp;Export (CSV/JSON)…</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Een recordnummer bestaat uit cijfers.</source>
            <translation>A record number consists of digits.</translation>
        </message>
        <message>
            <source>Laden…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Geen regels gevonden met deze filters.</source>
            <translation>No lines found with these filters.</translation>
        </message>
        <message>
            <source>Regels {first}–{last} van {total}, nieuwste eerst</source>
            <translation>Lines {first}–{last} of {total}, newest first</translation>
        </message>
        <message>
            <source>Logboek exporteren</source>
            <translation>Export audit trail</translation>
        </message>
        <message>
            <source>CSV voor Excel (*.csv);;JSON (*.json)</source>
            <translation>CSV for Excel (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Bezig met exporteren…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>{n} regels geëxporteerd naar {path}.</source>
            <translation>{n} lines exported to {path}.</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Gemaakt op</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Grootte</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Bestand</source>
            <translation>File</translation>
        </message>
    </context>
    <context>
        <name>BirthMonthPicker</name>
        <message>
            <source>Geboortemaand: maand</source>
            <translation>Birth month: month</translation>
        </message>
        <message>
            <source>maand…</source>
            <translation>month…</translation>
        </message>
        <message>
            <source>Geboortemaand: jaar</source>
            <translation>Birth month: year</translation>
        </message>
        <message>
            <source>jaar…</source>
            <translation>year…</translation>
        </message>
        <message>
            <source>januari</source>
            <translation>January</translation>
        </message>
        <message>
            <source>februari</source>
            <translation>February</translation>
        </message>
        <message>
            <source>maart</source>
            <translation>March</translation>
        </message>
        <message>
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <source>mei</source>
            <translation>May</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <source>augustus</source>
            <translation>August</translation>
        </message>
        <message>
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <source>december</source>
            <translation>December</translation>
        </message>
        <message>
            <source>Kies zowel de maand als het jaar van de geboorte.</source>
            <translation>Choose both the month and the year of birth.</translation>
        </message>
    </context>
    <context>
        <name>BoardColumnModel</name>
        <message>
            <source>{days} in deze fase</source>
            <extracomment>The MIME type of a dragged card: JSON with the family's id, version, name and stage.</extracomment>
            <translation>{days} in this stage</translation>
        </message>
        <message>
            <source>langer dan de norm</source>
            <translation>longer than the norm</translation>
        </message>
        <message>
            <source> uiterlijk {date}</source>
            <translation> by {date}</translation>
        </message>
        <message>
            <source>volgende actie: {action}{when}</source>
            <translation>next action: {action}{when}</translation>
        </message>
        <message>
            <source>te laat</source>
            <translation>overdue</translation>
        </message>
    </context>
    <context>
        <name>BoardColumnWidget</name>
        <message>
            <source>{stage}: {n} gezinnen</source>
            <translation>{stage}: {n} families</translation>
        </message>
        <message>
            <source>norm: {n} werkdagen</source>
            <translation>norm: {n} working days</translation>
        </message>
        <message>
            <source>en nog {n}; zoek of filter om ze te vinden</source>
            <translation>and {n} more; search or filter to find them</translation>
        </message>
    </context>
    <context>
        <name>BoardListView</name>
        <message>
            <source>Fase {stage}: kaarten van gezinnen</source>
            <translation>Stage {stage}: family cards</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Bord met een kolom per fase</source>
            <extracomment>A card was chosen (BoardCard). Move one step (BoardCard, +1 or -1). Move to a stage (BoardCard-like payload dict, target stage).</extracomment>
            <translation>Board with a column per stage</translation>
        </message>
        <message>
            <source>Rode streep: langer in de fase dan de norm, of de volgende actie is te laat. Verplaatsen: sleep een kaart naar een andere kolom, of kies een kaart en druk Ctrl+→ of Ctrl+←.</source>
            <translation>Red stripe: longer in the stage than the norm, or the next action is overdue. To move: drag a card to another column, or choose a card and press Ctrl+→ or Ctrl+←.</translation>
        </message>
    </context>
    <context>
        <name>ChannelsSection</name>
        <message>
            <source>Wat elke bron opleverde</source>
            <translation>What each source produced</translation>
        </message>
        <message>
            <source>Hoe de aanvragers van Utregs Plekkie hoorden, en hoeveel van hen zich later aanmeldden en beschikbaar werden.</source>
            <translation>How the requesters heard about Utregs Plekkie, and how many of them later registered and became available.</translation>
        </message>
        <message>
            <source>Aanvragen per bron</source>
            <translation>Requests per source</translation>
        </message>
        <message>
            <source>Daarvan aangemeld en beschikbaar</source>
            <translation>Of which registered and available</translation>
        </message>
        <message>
            <source>Wat elk evenement opleverde</source>
            <translation>What each event produced</translation>
        </message>
        <message>
            <source>Aanvragen die op een evenement binnenkwamen; de dagen van een pop-upweek samen.</source>
            <translation>Requests that came in at an event; the days of a pop-up week together.</translation>
        </message>
        <message>
            <source>Per wijk van de aanvrager</source>
            <translation>By the requester's district</translation>
        </message>
        <message>
            <source>Aanvragen per wijk</source>
            <translation>Requests per district</translation>
        </message>
        <message>
            <source>Geen aanvragen in deze periode.</source>
            <translation>No requests in this period.</translation>
        </message>
        <message>
            <source>In deze periode kwamen geen aanvragen binnen via een evenement.</source>
            <translation>No requests came in through an event in this period.</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Verberg cijfers</source>
            <translation>Hide figures</translation>
        </message>
        <message>
            <source>Toon cijfers</source>
            <translation>Show figures</translation>
        </message>
        <message>
            <source>Verberg de cijfers bij {titel}</source>
            <translation>Hide the figures for {titel}</translation>
        </message>
        <message>
            <source>Toon de cijfers bij {titel}</source>
            <translation>Show the figures for {titel}</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>{kind} vastleggen voor {name}</source>
            <translation>Record {kind} for {name}</translation>
        </message>
        <message>
            <source>{kind} van {name} wijzigen</source>
            <translation>Edit {kind} of {name}</translation>
        </message>
        <message>
            <source>zoals het gezin</source>
            <translation>same as the family</translation>
        </message>
        <message>
            <source>Soort:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Aangevraagd op:</source>
            <translation>Requested on:</translation>
        </message>
        <message>
            <source>Afgegeven op:</source>
            <translation>Issued on:</translation>
        </message>
        <message>
            <source>Geldig tot en met:</source>
            <translation>Valid up to and including:</translation>
        </message>
        <message>
            <source>Afgegeven voor:</source>
            <translation>Issued for:</translation>
        </message>
        <message>
            <source>Opmerking:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Een {kind} is nodig voor iedere volwassene van een {route}sgezin. Zonder 'geldig tot en met' geldt de standaardtermijn vanaf de afgiftedatum.</source>
            <translation>Every adult in a {route} family needs a {kind}. Without 'valid up to and including', the standard term applies from the date of issue.</translation>
        </message>
    </context>
    <context>
        <name>ChildDetailPanel</name>
        <message>
            <source>{maand} ({leeftijd})</source>
            <extracomment>How long the selection rests before the child is loaded (and the view logged).</extracomment>
            <translation>{maand} ({leeftijd})</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>nog geen andere kinderen</source>
            <translation>no other children yet</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Geboren</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Geslacht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Thuis</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Club</source>
            <translation>Club</translation>
        </message>
        <message>
            <source>Wijk</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Zorgvorm</source>
            <translation>Kind of care</translation>
        </message>
        <message>
            <source>Rooster</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Weekenden</source>
            <translation>Weekends</translation>
        </message>
        <message>
            <source>Vakanties</source>
            <translation>Holidays</translation>
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
            <source>Gewenste start</source>
            <translation>Desired start</translation>
        </message>
        <message>
            <source>Urgentie</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Broers/zussen</source>
            <translation>Siblings</translation>
        </message>
        <message>
            <source>Zorgbehoeften</source>
            <translation>Care needs</translation>
        </message>
        <message>
            <source>Talen</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Cultuur/geloof</source>
            <translation>Culture/religion</translation>
        </message>
        <message>
            <source>Allergisch voor</source>
            <translation>Allergic to</translation>
        </message>
        <message>
            <source>Rookvrij huis</source>
            <translation>Smoke-free home</translation>
        </message>
        <message>
            <source>nodig</source>
            <translation>needed</translation>
        </message>
        <message>
            <source>niet nodig</source>
            <translation>not needed</translation>
        </message>
        <message>
            <source>Maximale afstand</source>
            <translation>Maximum distance</translation>
        </message>
        <message>
            <source>Aanbieder</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Casemanager</source>
            <translation>Case manager</translation>
        </message>
        <message>
            <source>Wacht sinds</source>
            <translation>Waiting since</translation>
        </message>
        <message>
            <source>Gegevens van het gekozen kind</source>
            <translation>Details of the selected child</translation>
        </message>
        <message>
            <source>Kies een kind in de lijst</source>
            <translation>Choose a child in the list</translation>
        </message>
        <message>
            <source>Wijzigen…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Zoek gezinnen</source>
            <translation>Find families</translation>
        </message>
        <message>
            <source>Passende gezinnen voor dit kind op de pagina Matching (Ctrl+G)</source>
            <translation>Suitable families for this child on the Matching page (Ctrl+G)</translation>
        </message>
        <message>
            <source>Dossier sluiten…</source>
            <translation>Close case…</translation>
        </message>
        <message>
            <source>Kies links een kind: hier staan dan zijn gegevens. 'Zoek gezinnen' (of Ctrl+G, of Enter in de lijst) toont de passende gezinnen op de pagina Matching.</source>
            <translation>Choose a child on the left: their details appear here. 'Find families' (or Ctrl+G, or Enter in the list) shows the suitable families on the Matching page.</translation>
        </message>
        <message>
            <source>Kind {code}</source>
            <translation>Child {code}</translation>
        </message>
        <message>
            <source>Vernieuwen</source>
            <translation>Refresh</translation>
        </message>
    </context>
    <context>
        <name>ChildDialog</name>
        <message>
            <source>Nieuw kind</source>
            <extracomment>From this screen width on, the two halves of the form stand side by side. Emitted with the ``ChildSaved`` once the save succeeded (the dialog then closes).</extracomment>
            <translation>New child</translation>
        </message>
        <message>
            <source>Kind {code} wijzigen</source>
            <translation>Edit child {code}</translation>
        </message>
        <message>
            <source>Alleen wat nodig is om een gezin te zoeken: geen naam, geen BSN, geen adres. Een eigen code, de geboortemaand en de vier cijfers van de postcodes zijn genoeg.</source>
            <translation>Only what is needed to find a family: no name, no BSN, no address. A code of your own, the birth month and the four digits of the postcodes are enough.</translation>
        </message>
        <message>
            <source>Het kind</source>
            <translation>The child</translation>
        </message>
        <message>
            <source>Wat het kind nodig heeft</source>
            <translation>What the child needs</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>bijvoorbeeld K24-0007</source>
            <translation>for example K24-0007</translation>
        </message>
        <message>
            <source>bijvoorbeeld 3453</source>
            <translation>for example 3453</translation>
        </message>
        <message>
            <source>leeg: geen club</source>
            <translation>empty: no club</translation>
        </message>
        <message>
            <source>bv. G-0012 (leeg: geen)</source>
            <translation>e.g. G-0012 (empty: none)</translation>
        </message>
        <message>
            <source>Broers en zussen die samen geplaatst worden krijgen dezelfde groepscode. Bestaat de code al, dan komt het kind in die groep; anders wordt de groep aangemaakt.</source>
            <translation>Siblings who are placed together get the same group code. If the code already exists, the child joins that group; otherwise the group is created.</translation>
        </message>
        <message>
            <source>Zorgbehoeften</source>
            <translation>Care needs</translation>
        </message>
        <message>
            <source>Talen van het kind</source>
            <translation>Languages of the child</translation>
        </message>
        <message>
            <source>bijvoorbeeld islamitisch, of Surinaams-Hindoestaans</source>
            <translation>for example Islamic, or Surinamese-Hindustani</translation>
        </message>
        <message>
            <source>Allergisch voor</source>
            <translation>Allergic to</translation>
        </message>
        <message>
            <source>Het kind heeft een rookvrij huis nodig</source>
            <translation>The child needs a smoke-free home</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>&amp;Geboortemaand:</source>
            <translation>&amp;Birth month:</translation>
        </message>
        <message>
            <source>Geslacht:</source>
            <translation>Gender:</translation>
        </message>
        <message>
            <source>Postcode &amp;thuis:</source>
            <translation>&amp;Home postcode:</translation>
        </message>
        <message>
            <source>Postcode &amp;school:</source>
            <translation>&amp;School postcode:</translation>
        </message>
        <message>
            <source>Postcode c&amp;lub:</source>
            <translation>C&amp;lub postcode:</translation>
        </message>
        <message>
            <source>&amp;Broer/zus-groep:</source>
            <translation>Siblin&amp;g group:</translation>
        </message>
        <message>
            <source>Zorgbehoeften:</source>
            <translation>Care needs:</translation>
        </message>
        <message>
            <source>Talen:</source>
            <translation>Languages:</translation>
        </message>
        <message>
            <source>Wens cultuur/geloof:</source>
            <translation>Culture/religion wish:</translation>
        </message>
        <message>
            <source>Allergisch voor:</source>
            <translation>Allergic to:</translation>
        </message>
        <message>
            <source>Rookvrij:</source>
            <translation>Smoke-free:</translation>
        </message>
        <message>
            <source>kies een zorgvorm…</source>
            <translation>choose a kind of care…</translation>
        </message>
        <message>
            <source>Weekrooster: wanneer het kind opvang nodig heeft</source>
            <translation>Weekly schedule: when the child needs care</translation>
        </message>
        <message>
            <source>Opvang in de vakanties nodig</source>
            <translation>Care during the holidays needed</translation>
        </message>
        <message>
            <source> km</source>
            <translation> km</translation>
        </message>
        <message>
            <source>geen maximum</source>
            <translation>no maximum</translation>
        </message>
        <message>
            <source>Hoogstens zoveel km van thuis en van school; 0 is geen maximum</source>
            <translation>At most this many km from home and from school; 0 is no maximum</translation>
        </message>
        <message>
            <source>volgens de wijk van thuis</source>
            <translation>according to the home district</translation>
        </message>
        <message>
            <source>bv. AB</source>
            <translation>e.g. AB</translation>
        </message>
        <message>
            <source>&amp;Zorgvorm:</source>
            <translation>&amp;Kind of care:</translation>
        </message>
        <message>
            <source>&amp;Weekrooster:</source>
            <translation>&amp;Weekly schedule:</translation>
        </message>
        <message>
            <source>Weekenden:</source>
            <translation>Weekends:</translation>
        </message>
        <message>
            <source>Vakanties:</source>
            <translation>Holidays:</translation>
        </message>
        <message>
            <source>Gewenste &amp;start:</source>
            <translation>Desired s&amp;tart:</translation>
        </message>
        <message>
            <source>&amp;Urgentie:</source>
            <translation>&amp;Urgency:</translation>
        </message>
        <message>
            <source>Maximale &amp;afstand:</source>
            <translation>Maximum &amp;distance:</translation>
        </message>
        <message>
            <source>Plaatsende aanbieder:</source>
            <translation>Placing provider:</translation>
        </message>
        <message>
            <source>Casemanager (&amp;initialen):</source>
            <translation>Case manager (&amp;initials):</translation>
        </message>
        <message>
            <source>Kies eerst de zorgvorm.</source>
            <translation>First choose the kind of care.</translation>
        </message>
        <message>
            <source>Voltijd: het kind woont in het gezin, de hele week.</source>
            <translation>Full-time: the child lives with the family, the whole week.</translation>
        </message>
        <message>
            <source>Vink de dagdelen aan waarop het kind komt (klik, of pijltjes en spatie).</source>
            <translation>Tick the parts of days when the child comes (click, or arrow keys and space).</translation>
        </message>
        <message>
            <source>Pas het rooster aan als het kind maar een deel nodig heeft.</source>
            <translation>Adjust the schedule if the child only needs part of it.</translation>
        </message>
        <message>
            <source>{n} velden zijn nog niet goed; de meldingen staan bij de velden.</source>
            <translation>{n} fields are not right yet; the messages are next to the fields.</translation>
        </message>
        <message>
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Nieuwste versie laden</source>
            <translation>Load latest version</translation>
        </message>
        <message>
            <source>De nieuwste versie is geladen; wat u had ingevuld staat er nog. Kijk het na en kies Opslaan.</source>
            <translation>The latest version has been loaded; what you had entered is still there. Check it and choose Save.</translation>
        </message>
    </context>
    <context>
        <name>ChildFilterBar</name>
        <message>
            <source>Zoek op code</source>
            <translation>Search by code</translation>
        </message>
        <message>
            <source>Zoeken op code van het kind</source>
            <translation>Search by the child's code</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Alle statussen</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Zorgvorm</source>
            <translation>Kind of care</translation>
        </message>
        <message>
            <source>Alle zorgvormen</source>
            <translation>All kinds of care</translation>
        </message>
        <message>
            <source>Wijk</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Alle wijken</source>
            <translation>All districts</translation>
        </message>
        <message>
            <source>Urgentie</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Elke urgentie</source>
            <translation>Any urgency</translation>
        </message>
        <message>
            <source>Wissen</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Zoektekst en filters wissen</source>
            <translation>Clear search text and filters</translation>
        </message>
    </context>
    <context>
        <name>ChildList</name>
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
            <source>Wijk</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Urgentie</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Wacht sinds</source>
            <translation>Waiting since</translation>
        </message>
        <message>
            <source>Broer/zus-groep</source>
            <translation>Sibling group</translation>
        </message>
    </context>
    <context>
        <name>ChildMatchView</name>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Child:</translation>
        </message>
        <message>
            <source>code van het kind, bv. K24-0007</source>
            <translation>child's code, e.g. K24-0007</translation>
        </message>
        <message>
            <source>Code van het kind</source>
            <translation>Code of the child</translation>
        </message>
        <message>
            <source>Zoek gezinnen</source>
            <translation>Find families</translation>
        </message>
        <message>
            <source>Typ de code van een kind, of kies op de pagina Kinderen 'Zoek gezinnen'. U ziet dan de passende gezinnen, best passend eerst, en waarom andere gezinnen afvallen.</source>
            <translation>Type a child's code, or choose 'Find families' on the Children page. You then see the suitable families, best fit first, and why other families are ruled out.</translation>
        </message>
        <message>
            <source>Passende gezinnen</source>
            <extracomment>Something was written (a proposal, a step, the shortlist): lists elsewhere follow.</extracomment>
            <translation>Suitable families</translation>
        </message>
        <message>
            <source>Kies een gezin in de lijst</source>
            <translation>Choose a family in the list</translation>
        </message>
        <message>
            <source>Op de shortlist</source>
            <translation>Add to shortlist</translation>
        </message>
        <message>
            <source>Voorstellen…</source>
            <translation>Propose…</translation>
        </message>
        <message>
            <source>Zo is de score opgebouwd</source>
            <translation>How the score is built up</translation>
        </message>
        <message>
            <source>Onderdeel</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Telt mee voor</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Waarde (0–1)</source>
            <translation>Value (0–1)</translation>
        </message>
        <message>
            <source>Levert op</source>
            <translation>Contributes</translation>
        </message>
        <message>
            <source>Onderdelen van de score</source>
            <translation>Parts of the score</translation>
        </message>
        <message>
            <source>Uitleg</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Waarom staat een gezin &amp;niet op de lijst?</source>
            <translation>Why is a family &amp;not on the list?</translation>
        </message>
        <message>
            <source>naam of nummer van het gezin</source>
            <translation>family name or number</translation>
        </message>
        <message>
            <source>Waarom staat een gezin niet op de lijst? Naam of nummer van het gezin</source>
            <translation>Why is a family not on the list? Family name or number</translation>
        </message>
        <message>
            <source>Valt &amp;af om:</source>
            <translation>&amp;Ruled out for:</translation>
        </message>
        <message>
            <source>Alleen gezinnen die afvallen om</source>
            <translation>Only families ruled out for</translation>
        </message>
        <message>
            <source>Alleen gezinnen die om deze reden afvallen</source>
            <translation>Only families ruled out for this reason</translation>
        </message>
        <message>
            <source>Gezinnen die afvallen</source>
            <translation>Families ruled out</translation>
        </message>
        <message>
            <source>Gezinnen die u wilt overwegen voor dit kind. Een voorstel legt de score en de uitleg van dat moment vast.</source>
            <translation>Families you want to consider for this child. A proposal records the score and the explanation of that moment.</translation>
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
            <source>Past nu?</source>
            <translation>Fits now?</translation>
        </message>
        <message>
            <source>Gezet door</source>
            <translation>Added by</translation>
        </message>
        <message>
            <source>Op</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Shortlist van het kind</source>
            <translation>The child's shortlist</translation>
        </message>
        <message>
            <source>Van de shortlist halen</source>
            <translation>Remove from shortlist</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Voorgesteld op</source>
            <translation>Proposed on</translation>
        </message>
        <message>
            <source>Voorstellen voor dit kind</source>
            <translation>Proposals for this child</translation>
        </message>
        <message>
            <source>Niet op de lijst</source>
            <translation>Not on the list</translation>
        </message>
        <message>
            <source>Shortlist</source>
            <translation>Shortlist</translation>
        </message>
        <message>
            <source>Voorstellen</source>
            <translation>Proposals</translation>
        </message>
        <message>
            <source>Typ eerst de code van een kind.</source>
            <translation>First type a child's code.</translation>
        </message>
        <message>
            <source>Gezinnen laden… (met veel gezinnen duurt dat even, daarna gaat het snel)</source>
            <translation>Loading families… (with many families this takes a moment, after that it is fast)</translation>
        </message>
        <message>
            <source>Er is nu geen gezin dat dit kind kan opnemen. Onder 'Niet op de lijst' staat per gezin waarom; kies bij 'Alleen gezinnen die afvallen om' een reden om te zien welke het vaakst in de weg staat.</source>
            <translation>There is no family that can take this child at the moment. Under 'Not on the list' you see why for each family; choose a reason under 'Only families ruled out for' to see which one gets in the way most often.</translation>
        </message>
        <message>
            <source>thuis {plaats}</source>
            <translation>home {plaats}</translation>
        </message>
        <message>
            <source>school {plaats}</source>
            <translation>school {plaats}</translation>
        </message>
        <message>
            <source>rooster: {rooster}</source>
            <translation>schedule: {rooster}</translation>
        </message>
        <message>
            <source>samen met {codes}</source>
            <translation>together with {codes}</translation>
        </message>
        <message>
            <source>status: {status}</source>
            <translation>status: {status}</translation>
        </message>
        <message>
            <source>Staat op de shortlist</source>
            <translation>On the shortlist</translation>
        </message>
        <message>
            <source>Dit kind heeft al een lopend voorstel of plaatsing (zie 'Voorstellen').</source>
            <translation>This child already has a current proposal or placement (see 'Proposals').</translation>
        </message>
        <message>
            <source>Het kind aan dit gezin voorstellen; de score wordt vastgelegd</source>
            <translation>Propose the child to this family; the score is recorded</translation>
        </message>
        <message>
            <source>Geen gezin gekozen</source>
            <translation>No family chosen</translation>
        </message>
        <message>
            <source>{nr}. {gezin} (gezin {id})</source>
            <translation>{nr}. {gezin} (family {id})</translation>
        </message>
        <message>
            <source>Score {score} van 1</source>
            <translation>Score {score} of 1</translation>
        </message>
        <message>
            <source>{afstand} van school, {thuis} van huis</source>
            <translation>{afstand} from school, {thuis} from home</translation>
        </message>
        <message>
            <source>Aanbod: {zorgvorm}, {n} vrije plek(ken)</source>
            <translation>Offer: {zorgvorm}, {n} free place(s)</translation>
        </message>
        <message>
            <source>Wijk: {wijk}</source>
            <translation>District: {wijk}</translation>
        </message>
        <message>
            <source>score</source>
            <translation>score</translation>
        </message>
        <message>
            <source>{gezin} staat op de shortlist.</source>
            <translation>{gezin} is on the shortlist.</translation>
        </message>
        <message>
            <source>gezin {id}</source>
            <translation>family {id}</translation>
        </message>
        <message>
            <source>Kind {code} is voorgesteld aan {gezin}. Leg de kennismaking en het besluit vast onder 'Voorstellen'.</source>
            <translation>Child {code} has been proposed to {gezin}. Record the getting-acquainted stage and the decision under 'Proposals'.</translation>
        </message>
        <message>
            <source>elke reden ({n})</source>
            <translation>any reason ({n})</translation>
        </message>
        <message>
            <source>Geen gezin gevonden met '{tekst}'</source>
            <translation>No family found with '{tekst}'</translation>
        </message>
        <message>
            <source>Controleer de naam of het nummer van het gezin.</source>
            <translation>Check the family's name or number.</translation>
        </message>
        <message>
            <source>Geen gezinnen in deze lijst</source>
            <translation>No families in this list</translation>
        </message>
        <message>
            <source>{gezin} (gezin {id})</source>
            <translation>{gezin} (family {id})</translation>
        </message>
        <message>
            <source>Valt af voor dit kind:</source>
            <translation>Ruled out for this child:</translation>
        </message>
        <message>
            <source>Past wel: dit gezin {waar}.</source>
            <translation>Does fit: this family {waar}.</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nee: {reden}</source>
            <translation>no: {reden}</translation>
        </message>
        <message>
            <source>gezin bestaat niet meer</source>
            <translation>family no longer exists</translation>
        </message>
        <message>
            <source>Kies eerst een gezin op de shortlist.</source>
            <translation>First choose a family on the shortlist.</translation>
        </message>
        <message>
            <source>Dit gezin past nu niet bij het kind: {redenen}.</source>
            <translation>This family does not fit the child now: {redenen}.</translation>
        </message>
        <message>
            <source>Het gezin is van de shortlist gehaald.</source>
            <translation>The family has been removed from the shortlist.</translation>
        </message>
    </context>
    <context>
        <name>ChildrenPage</name>
        <message>
            <source>Kinderen</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>Geen kinderen gevonden met deze code of filters. Maak de zoektekst korter of kies 'Wissen'.</source>
            <translation>No children found with this code or these filters. Shorten the search text or choose 'Clear'.</translation>
        </message>
        <message>
            <source>Nog geen kinderen. Voeg een kind toe (met een code, zonder naam) om een passend gezin te zoeken.</source>
            <translation>No children yet. Add a child (with a code, without a name) to look for a family that fits.</translation>
        </message>
        <message>
            <source>Nieuw kind…</source>
            <translation>New child…</translation>
        </message>
        <message>
            <source>Een kind vastleggen met een code, zonder naam (Ctrl+N)</source>
            <translation>Record a child with a code, without a name (Ctrl+N)</translation>
        </message>
        <message>
            <source>Zoek gezinnen</source>
            <translation>Find families</translation>
        </message>
        <message>
            <source>Passende gezinnen voor het gekozen kind, op de pagina Matching (Ctrl+G)</source>
            <translation>Suitable families for the selected child, on the Matching page (Ctrl+G)</translation>
        </message>
        <message>
            <source>Kies eerst een kind in de lijst.</source>
            <translation>First choose a child in the list.</translation>
        </message>
        <message>
            <source>Kind {code} is opgeslagen.</source>
            <translation>Child {code} has been saved.</translation>
        </message>
        <message>
            <source>Het dossier van kind {code} is gesloten.</source>
            <translation>The case of child {code} has been closed.</translation>
        </message>
        <message>
            <source>De pagina Matching is er niet in dit venster.</source>
            <translation>The Matching page is not available in this window.</translation>
        </message>
    </context>
    <context>
        <name>CityMapWidget</name>
        <message>
            <source>Kaart van Utrecht: vraag en aanbod per wijk</source>
            <extracomment>The wijk under the pointer or the keyboard focus changed ("" for none).</extracomment>
            <translation>Map of Utrecht: supply and demand per district</translation>
        </message>
        <message>
            <source>De cijfers worden berekend…</source>
            <extracomment>the wijk codes drawn in the last paint (for checks: every wijk is drawn)</extracomment>
            <translation>Calculating the figures…</translation>
        </message>
        <message>
            <source>postcodegebied {pc4}</source>
            <translation>postcode area {pc4}</translation>
        </message>
        <message>
            <source>Klik om alleen deze wijk te bekijken.</source>
            <translation>Click to view only this district.</translation>
        </message>
        <message>
            <source>De kaart wordt geladen…</source>
            <translation>Loading the map…</translation>
        </message>
        <message>
            <source>{wacht} wacht · {vrij} vrij</source>
            <translation>{wacht} waiting · {vrij} free</translation>
        </message>
        <message>
            <source>{n} km</source>
            <translation>{n} km</translation>
        </message>
        <message>
            <source>N ↑</source>
            <translation>N ↑</translation>
        </message>
        <message>
            <source>Kies een wijk met de pijltjestoetsen en Enter; Escape toont weer alle wijken.</source>
            <translation>Choose a district with the arrow keys and Enter; Escape shows all districts again.</translation>
        </message>
    </context>
    <context>
        <name>CloseChildDialog</name>
        <message>
            <source>Dossier van {code} sluiten</source>
            <translation>Close the case of {code}</translation>
        </message>
        <message>
            <source>Het kind zoekt dan geen gezin meer en verdwijnt uit het plaatsingsplan. De gegevens blijven bewaard.</source>
            <translation>The child then no longer looks for a family and disappears from the placement plan. The data is kept.</translation>
        </message>
        <message>
            <source>Reden (niet verplicht), bv. terug naar huis</source>
            <translation>Reason (optional), e.g. back home</translation>
        </message>
        <message>
            <source>Reden voor het sluiten</source>
            <translation>Reason for closing</translation>
        </message>
        <message>
            <source>Dossier sluiten</source>
            <translation>Close case</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>DeclineDialog</name>
        <message>
            <source>Voorstel afwijzen</source>
            <translation>Decline proposal</translation>
        </message>
        <message>
            <source>Afwijzen</source>
            <translation>Decline</translation>
        </message>
        <message>
            <source>Waarom wordt het voorstel van kind {code} bij {gezin} afgewezen? De reden wordt bewaard, en dit gezin wordt dit kind niet opnieuw voorgesteld.</source>
            <translation>Why is the proposal of child {code} to {gezin} declined? The reason is kept, and this child will not be proposed to this family again.</translation>
        </message>
        <message>
            <source>Veelvoorkomende reden kiezen</source>
            <translation>Choose a common reason</translation>
        </message>
        <message>
            <source>Veelvoorkomende reden kiezen…</source>
            <translation>Choose a common reason…</translation>
        </message>
        <message>
            <source>Het gezin ziet het na de kennismaking niet zitten</source>
            <translation>The family does not feel up to it after getting acquainted</translation>
        </message>
        <message>
            <source>Het kind of de ouders willen liever een ander gezin</source>
            <translation>The child or the parents prefer another family</translation>
        </message>
        <message>
            <source>De reistijd naar school blijkt in de praktijk te lang</source>
            <translation>The travel time to school turns out to be too long in practice</translation>
        </message>
        <message>
            <source>De plek is inmiddels niet meer beschikbaar</source>
            <translation>The place is no longer available</translation>
        </message>
        <message>
            <source>Reden van afwijzen (verplicht)</source>
            <translation>Reason for declining (required)</translation>
        </message>
        <message>
            <source>Reden (verplicht)</source>
            <translation>Reason (required)</translation>
        </message>
        <message>
            <source>Geef een reden op waarom het voorstel wordt afgewezen; die wordt bewaard.</source>
            <translation>Give a reason why the proposal is declined; it is kept.</translation>
        </message>
    </context>
    <context>
        <name>DialogView</name>
        <message>
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Bezig met stoppen…</source>
            <translation>Stopping…</translation>
        </message>
    </context>
    <context>
        <name>EndPlacementDialog</name>
        <message>
            <source>Plaatsing beëindigen</source>
            <translation>End placement</translation>
        </message>
        <message>
            <source>Beëindigen</source>
            <translation>End</translation>
        </message>
        <message>
            <source>De plaatsing van kind {code} bij {gezin} eindigt op de laatste dag die u kiest; daarna is de plek weer vrij.</source>
            <translation>The placement of child {code} with {gezin} ends on the last day you choose; after that the place is free again.</translation>
        </message>
        <message>
            <source>Laatste dag</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>&amp;Laatste dag:</source>
            <translation>&amp;Last day:</translation>
        </message>
        <message>
            <source>Reden van beëindigen (verplicht)</source>
            <translation>Reason for ending (required)</translation>
        </message>
        <message>
            <source>Reden (verplicht)</source>
            <translation>Reason (required)</translation>
        </message>
        <message>
            <source>&amp;Reden:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Het kind heeft een nieuwe plek nodig (het wacht dan weer op een gezin)</source>
            <translation>The child needs a new place (it is then waiting for a family again)</translation>
        </message>
        <message>
            <source>Vul de laatste dag van de plaatsing in.</source>
            <translation>Enter the last day of the placement.</translation>
        </message>
        <message>
            <source>Geef een reden op waarom de plaatsing eindigt; die wordt bewaard.</source>
            <translation>Give a reason why the placement ends; it is kept.</translation>
        </message>
        <message>
            <source>Bij dit voorstel hoort geen plaatsing.</source>
            <translation>There is no placement with this proposal.</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <source>Vergeetverzoek (AVG)</source>
            <translation>Erasure request (GDPR)</translation>
        </message>
        <message>
            <source>Vergeetverzoek</source>
            <translation>Erasure request</translation>
        </message>
        <message>
            <source>Iemand vraagt om alle gegevens over hem of haar te wissen. Zoek de persoon en controleer hieronder wat er gewist wordt. Dit kan niet ongedaan worden gemaakt.</source>
            <translation>A person asks for all data about them to be erased. Find the person and check below what will be erased. This cannot be undone.</translation>
        </message>
        <message>
            <source>Wat gewist wordt</source>
            <translation>What will be erased</translation>
        </message>
        <message>
            <source>Typ {word} om te bevestigen:</source>
            <translation>Type {word} to confirm:</translation>
        </message>
        <message>
            <source>Typ {word} om te bevestigen</source>
            <translation>Type {word} to confirm</translation>
        </message>
        <message>
            <source>Definitief &amp;wissen</source>
            <translation>Erase &amp;permanently</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Kies eerst de persoon; hier ziet u dan wat er gewist wordt.</source>
            <translation>First choose the person; you then see here what will be erased.</translation>
        </message>
        <message>
            <source>Bezig met opzoeken…</source>
            <translation>Looking up…</translation>
        </message>
        <message>
            <source>Dit wordt gewist:</source>
            <translation>This will be erased:</translation>
        </message>
        <message>
            <source>Aanvraag {id} — {name} ({what}): naam, e-mail, telefoon, straat en huisnummer, notities</source>
            <translation>Request {id} — {name} ({what}): name, e-mail, phone, street and house number, notes</translation>
        </message>
        <message>
            <source>(al geanonimiseerd)</source>
            <translation>(already anonymised)</translation>
        </message>
        <message>
            <source>Gezin {id} — {name}: naam en contactgegevens; {adults} volwassenen met hun VOG/VGB-gegevens en {children} eigen kinderen worden verwijderd; notities bij aanbod, fasen, voorstellen en plaatsingen worden leeggemaakt</source>
            <translation>Family {id} — {name}: name and contact details; {adults} adults with their VOG/VGB data and {children} children of their own are removed; notes on offers, stages, proposals and placements are cleared</translation>
        </message>
        <message>
            <source>Blijft: wat de cijfers nodig hebben (status, datums, bron, wijk). In het logboek komt alleen te staan dát er gewist is, zonder naam.</source>
            <translation>Kept: what the figures need (status, dates, source, district). The audit trail only records that data was erased, without a name.</translation>
        </message>
        <message>
            <source>Bezig met wissen…</source>
            <translation>Erasing…</translation>
        </message>
        <message>
            <source>Gewist.</source>
            <translation>Erased.</translation>
        </message>
        <message>
            <source>Gewist: {requests} aanvragen, {households} gezinnen, {adults} volwassenen. Oude backups bevatten de gegevens nog tot ze vervallen (hoogstens 4 weken).</source>
            <translation>Erased: {requests} requests, {households} families, {adults} adults. Old backups still contain the data until they expire (at most 4 weeks).</translation>
        </message>
    </context>
    <context>
        <name>EventDetail</name>
        <message>
            <source>januari</source>
            <translation>January</translation>
        </message>
        <message>
            <source>februari</source>
            <translation>February</translation>
        </message>
        <message>
            <source>maart</source>
            <translation>March</translation>
        </message>
        <message>
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <source>mei</source>
            <translation>May</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <source>augustus</source>
            <translation>August</translation>
        </message>
        <message>
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <source>december</source>
            <translation>December</translation>
        </message>
    </context>
    <context>
        <name>EventDetailPanel</name>
        <message>
            <source>{day}, {hours} uur</source>
            <translation>{day}, {hours}</translation>
        </message>
        <message>
            <source>Gegevens van het gekozen evenement</source>
            <extracomment>The event changed (edited, people invited or registered, attendance): lists refresh. The event was removed.</extracomment>
            <translation>Details of the selected event</translation>
        </message>
        <message>
            <source>Kies een evenement in de lijst om te zien wie er komen en wie er waren.</source>
            <translation>Choose an event in the list to see who is coming and who attended.</translation>
        </message>
        <message>
            <source>Wijzigen…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Evenement wijzigen</source>
            <translation>Edit event</translation>
        </message>
        <message>
            <source>Uitnodigen…</source>
            <translation>Invite…</translation>
        </message>
        <message>
            <source>Uitnodigingslijst opslaan…</source>
            <translation>Save invitation list…</translation>
        </message>
        <message>
            <source>Namen en e-mailadressen als CSV, voor uw e-mailprogramma</source>
            <translation>Names and e-mail addresses as CSV, for your e-mail program</translation>
        </message>
        <message>
            <source>Presentielijst afdrukken…</source>
            <translation>Print attendance list…</translation>
        </message>
        <message>
            <source>Een lijst om af te tekenen, als PDF</source>
            <translation>A list to sign, as PDF</translation>
        </message>
        <message>
            <source>met e-mail en telefoon</source>
            <translation>with e-mail and phone</translation>
        </message>
        <message>
            <source>Alleen voor de eigen administratie: niet op de tafel bij de ingang leggen</source>
            <translation>Only for your own records: do not put it on the table at the entrance</translation>
        </message>
        <message>
            <source>Verwijderen…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Evenement verwijderen</source>
            <translation>Delete event</translation>
        </message>
        <message>
            <source>Uitgenodigd, aangemeld en aanwezig</source>
            <translation>Invited, registered and present</translation>
        </message>
        <message>
            <source>Nog niemand uitgenodigd. Kies 'Uitnodigen…' om aanvragen of gezinnen te vragen.</source>
            <translation>Nobody invited yet. Choose 'Invite…' to ask requests or families.</translation>
        </message>
        <message>
            <source>Aanmelden</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>De gekozen persoon aanmelden (komt zeker)</source>
            <translation>Register the selected person (definitely coming)</translation>
        </message>
        <message>
            <source>Afmelden</source>
            <translation>Unregister</translation>
        </message>
        <message>
            <source>De aanmelding van de gekozen persoon intrekken</source>
            <translation>Withdraw the selected person's registration</translation>
        </message>
        <message>
            <source>Aanwezigheid opslaan</source>
            <translation>Save attendance</translation>
        </message>
        <message>
            <source>Vinkjes terugzetten</source>
            <translation>Reset ticks</translation>
        </message>
        <message>
            <source>Voorstellen na de training</source>
            <extracomment>The recruiter asked to move the ticked families on.</extracomment>
            <translation>Proposals after the training</translation>
        </message>
        <message>
            <source>Deze gezinnen hebben alle trainingsbijeenkomsten gevolgd. Vink aan wie door kan naar de volgende fase.</source>
            <translation>These families have attended all training sessions. Tick who can move on to the next stage.</translation>
        </message>
        <message>
            <source>Voorgestelde gezinnen</source>
            <translation>Proposed families</translation>
        </message>
        <message>
            <source>Aangevinkte gezinnen doorzetten</source>
            <translation>Move ticked families on</translation>
        </message>
        <message>
            <source>De vinkjes bij dit evenement zijn nog niet opgeslagen. Sla ze eerst op of zet ze terug.</source>
            <translation>The ticks for this event have not been saved yet. Save them first or reset them.</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Terugzetten en verder</source>
            <translation>Reset and continue</translation>
        </message>
        <message>
            <source>de campagne</source>
            <translation>the campaign</translation>
        </message>
        <message>
            <source>plaats nog niet bekend</source>
            <translation>place not known yet</translation>
        </message>
        <message>
            <source>{n} van {capacity} plaatsen bezet</source>
            <translation>{n} of {capacity} places taken</translation>
        </message>
        <message>
            <source>{n} aangemeld, geen maximum</source>
            <translation>{n} registered, no maximum</translation>
        </message>
        <message>
            <source>Uitgenodigd: {invited} · {places} · aanwezig: {came}</source>
            <translation>Invited: {invited} · {places} · present: {came}</translation>
        </message>
        <message>
            <source> · vol</source>
            <translation> · full</translation>
        </message>
        <message>
            <source>Aanwezigheid opslaan ({n})</source>
            <translation>Save attendance ({n})</translation>
        </message>
        <message>
            <source>'{name}' verwijderen, met de lijst van uitgenodigden? Dat kan niet ongedaan worden.</source>
            <translation>Delete '{name}', with the list of invitees? This cannot be undone.</translation>
        </message>
        <message>
            <source>Ja, verwijderen</source>
            <translation>Yes, delete</translation>
        </message>
        <message>
            <source>Niet verwijderen</source>
            <translation>Do not delete</translation>
        </message>
        <message>
            <source>'{name}' is verwijderd.</source>
            <translation>'{name}' has been deleted.</translation>
        </message>
        <message>
            <source>Kies eerst iemand in de lijst.</source>
            <translation>First choose someone in the list.</translation>
        </message>
        <message>
            <source>{name} is al aangemeld.</source>
            <translation>{name} is already registered.</translation>
        </message>
        <message>
            <source>{name} is aangemeld.</source>
            <translation>{name} has been registered.</translation>
        </message>
        <message>
            <source>De aanmelding van {name} is ingetrokken.</source>
            <translation>The registration of {name} has been withdrawn.</translation>
        </message>
        <message>
            <source>Vink eerst aan wie er was; er is nog niemand aangemeld.</source>
            <translation>First tick who was there; nobody has registered yet.</translation>
        </message>
        <message>
            <source>Aanwezigheid opgeslagen: {n} aanwezig.</source>
            <translation>Attendance saved: {n} present.</translation>
        </message>
        <message>
            <source>1 aanvraag staat nu op 'informatieavond'.</source>
            <translation>1 request is now at 'information evening'.</translation>
        </message>
        <message>
            <source>{n} aanvragen staan nu op 'informatieavond'.</source>
            <translation>{n} requests are now at 'information evening'.</translation>
        </message>
        <message>
            <source>1 gezin ging door naar het kennismakingsgesprek.</source>
            <translation>1 family moved on to the introductory conversation.</translation>
        </message>
        <message>
            <source>{n} gezinnen gingen door naar het kennismakingsgesprek.</source>
            <translation>{n} families moved on to the introductory conversation.</translation>
        </message>
        <message>
            <source>Vink eerst aan welke gezinnen door kunnen.</source>
            <translation>First tick which families can move on.</translation>
        </message>
        <message>
            <source>Doorgezet: {names}.</source>
            <translation>Moved on: {names}.</translation>
        </message>
        <message>
            <source>Openen</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Map openen</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Uitnodigingslijst opslaan</source>
            <translation>Save invitation list</translation>
        </message>
        <message>
            <source>CSV voor Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <source>De uitnodigingslijst ({n} personen) staat in {path}.</source>
            <translation>The invitation list ({n} people) is in {path}.</translation>
        </message>
        <message>
            <source>Presentielijst opslaan</source>
            <translation>Save attendance list</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>De presentielijst staat in {path}. Open hem om af te drukken.</source>
            <translation>The attendance list is in {path}. Open it to print.</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Evenement wijzigen</source>
            <extracomment>Requests that have not been to an information evening yet. Candidates shown at a time (search to narrow them down).</extracomment>
            <translation>Edit event</translation>
        </message>
        <message>
            <source>Nieuw evenement</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>bijvoorbeeld Informatieavond Leidsche Rijn</source>
            <translation>for example Informatieavond Leidsche Rijn</translation>
        </message>
        <message>
            <source>Begintijd</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>tot</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Eindtijd</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>uur</source>
            <translation>h</translation>
        </message>
        <message>
            <source>bijvoorbeeld Wijkcentrum De Schakel, Utrecht</source>
            <translation>for example Wijkcentrum De Schakel, Utrecht</translation>
        </message>
        <message>
            <source>geen maximum</source>
            <translation>no maximum</translation>
        </message>
        <message>
            <source> personen</source>
            <translation> people</translation>
        </message>
        <message>
            <source>beide / de campagne</source>
            <translation>both / the campaign</translation>
        </message>
        <message>
            <source>Soort:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Naam:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Datum:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Tijd:</source>
            <translation>Time:</translation>
        </message>
        <message>
            <source>Plaats:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <source>Capaciteit:</source>
            <translation>Capacity:</translation>
        </message>
        <message>
            <source>Organisatie:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>Opmerkingen:</source>
            <translation>Remarks:</translation>
        </message>
        <message>
            <source>Vul de datum van het evenement in (dd-mm-jjjj).</source>
            <translation>Enter the date of the event (dd-mm-yyyy).</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>Evenementen</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Nog geen evenementen. Plan een informatieavond, een training of een pop-up met 'Nieuw evenement…'.</source>
            <translation>No events yet. Plan an information evening, a training or a pop-up with 'New event…'.</translation>
        </message>
        <message>
            <source>Nieuw evenement…</source>
            <translation>New event…</translation>
        </message>
        <message>
            <source>Een informatieavond, training of pop-up plannen</source>
            <translation>Plan an information evening, training or pop-up</translation>
        </message>
        <message>
            <source>Het evenement is aangemaakt. Nodig nu mensen uit met 'Uitnodigen…'.</source>
            <translation>The event has been created. Now invite people with 'Invite…'.</translation>
        </message>
        <message>
            <source>Het evenement is verwijderd.</source>
            <translation>The event has been deleted.</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>Rapport opslaan als PDF</source>
            <extracomment>pages (pdf), sheets (xlsx) or figures (csv) the file was written (a :class:`Saved`) writing failed with a sentence the user can act on</extracomment>
            <translation>Save report as PDF</translation>
        </message>
        <message>
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>CSV-bestand, gescheiden door puntkomma's (*.csv)</source>
            <translation>CSV file, separated by semicolons (*.csv)</translation>
        </message>
        <message>
            <source>Cijfers exporteren</source>
            <translation>Export figures</translation>
        </message>
        <message>
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>'{pad}' kon niet worden geschreven ({reden}). Kies een andere map of sluit het bestand als het nog open staat.</source>
            <translation>'{pad}' could not be written ({reden}). Choose another folder or close the file if it is still open.</translation>
        </message>
        <message>
            <source>Het bestand is niet opgeslagen.</source>
            <translation>The file has not been saved.</translation>
        </message>
    </context>
    <context>
        <name>FamilyMatchView</name>
        <message>
            <source>&amp;Gezin:</source>
            <translation>&amp;Family:</translation>
        </message>
        <message>
            <source>naam of nummer van het gezin</source>
            <translation>family name or number</translation>
        </message>
        <message>
            <source>Naam of nummer van het gezin</source>
            <translation>Family name or number</translation>
        </message>
        <message>
            <source>Zoek kinderen</source>
            <translation>Find children</translation>
        </message>
        <message>
            <source>Gezin van de pagina Gezinnen</source>
            <translation>Family from the Families page</translation>
        </message>
        <message>
            <source>Het gezin dat op de pagina Gezinnen gekozen is</source>
            <translation>The family chosen on the Families page</translation>
        </message>
        <message>
            <source>Kies een gezin: u ziet dan de wachtende kinderen die het zou kunnen opnemen, best passend eerst.</source>
            <translation>Choose a family: you then see the waiting children it could take, best fit first.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Broers/zussen</source>
            <translation>Siblings</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Afstand school</source>
            <translation>Distance to school</translation>
        </message>
        <message>
            <source>Afstand thuis</source>
            <translation>Distance to home</translation>
        </message>
        <message>
            <source>Aanbod</source>
            <translation>Offer</translation>
        </message>
        <message>
            <source>Vrije plekken</source>
            <translation>Free places</translation>
        </message>
        <message>
            <source>Kinderen die dit gezin kan helpen</source>
            <translation>Children this family can help</translation>
        </message>
        <message>
            <source>Kies een kind in de lijst</source>
            <translation>Choose a child in the list</translation>
        </message>
        <message>
            <source>Voorstellen…</source>
            <translation>Propose…</translation>
        </message>
        <message>
            <source>Bekijk bij het kind</source>
            <translation>View for this child</translation>
        </message>
        <message>
            <source>Kies eerst een gezin op de pagina Gezinnen, of typ hier de naam.</source>
            <translation>First choose a family on the Families page, or type the name here.</translation>
        </message>
        <message>
            <source>Typ eerst de naam of het nummer van een gezin.</source>
            <translation>First type the name or number of a family.</translation>
        </message>
        <message>
            <source>Geen gezin gevonden met '{tekst}'.</source>
            <translation>No family found with '{tekst}'.</translation>
        </message>
        <message>
            <source>Meerdere gezinnen passen: {gezinnen}. Kies er een uit de lijst.</source>
            <translation>Several families match: {gezinnen}. Choose one from the list.</translation>
        </message>
        <message>
            <source>gezin {id}</source>
            <translation>family {id}</translation>
        </message>
        <message>
            <source>Dit gezin staat niet (meer) in de database.</source>
            <translation>This family is not (or no longer) in the database.</translation>
        </message>
        <message>
            <source>Het gezin is in de fase '{fase}' en nog niet beschikbaar voor matching.</source>
            <translation>The family is in the stage '{fase}' and not yet available for matching.</translation>
        </message>
        <message>
            <source>Het gezin heeft nog geen aanbod opgegeven (pagina Gezinnen).</source>
            <translation>The family has not given an offer yet (Families page).</translation>
        </message>
        <message>
            <source>Aanbod {zorgvorm}: {n} vrije plek(ken), {van} tot en met {tot} jaar</source>
            <translation>Offer {zorgvorm}: {n} free place(s), {van} to {tot} years</translation>
        </message>
        <message>
            <source> (gepauzeerd)</source>
            <translation> (paused)</translation>
        </message>
        <message>
            <source>{gezin}: 1 wachtend kind past.</source>
            <translation>{gezin}: 1 waiting child fits.</translation>
        </message>
        <message>
            <source>{gezin}: {n} wachtende kinderen passen, best passend eerst.</source>
            <translation>{gezin}: {n} waiting children fit, best fit first.</translation>
        </message>
        <message>
            <source>{gezin}: nu past geen wachtend kind. Kijk bij een kind onder 'Niet op de lijst' waarom dit gezin afvalt.</source>
            <translation>{gezin}: no waiting child fits at the moment. Look under 'Not on the list' for a child to see why this family is ruled out.</translation>
        </message>
        <message>
            <source>Geen kinderen</source>
            <translation>No children</translation>
        </message>
        <message>
            <source>Kind {code}: score {score}</source>
            <translation>Child {code}: score {score}</translation>
        </message>
        <message>
            <source>Kind {code} is voorgesteld aan {gezin}.</source>
            <translation>Child {code} has been proposed to {gezin}.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>&amp;Periode:</source>
            <extracomment>How long the page waits after a date was edited before it computes (typing a date changes it several times). The selection changed (after a short pause for typed dates).</extracomment>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>Deze maand</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Dit kwartaal</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <source>Laatste 12 maanden</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <source>Dit jaar</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Vorig jaar</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>Aangepast</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>De aanvragen die in deze periode binnenkwamen, gevolgd tot vandaag</source>
            <translation>The requests that came in during this period, followed up to today</translation>
        </message>
        <message>
            <source>&amp;van</source>
            <translation>&amp;from</translation>
        </message>
        <message>
            <source>Eerste dag van de periode</source>
            <translation>First day of the period</translation>
        </message>
        <message>
            <source>&amp;t/m</source>
            <translation>&amp;to</translation>
        </message>
        <message>
            <source>Laatste dag van de periode (telt mee)</source>
            <translation>Last day of the period (included)</translation>
        </message>
        <message>
            <source>&amp;Aanbieder:</source>
            <translation>Pro&amp;vider:</translation>
        </message>
        <message>
            <source>Beide aanbieders</source>
            <translation>Both providers</translation>
        </message>
        <message>
            <source>Aanbieder</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>&amp;Wijk:</source>
            <translation>&amp;District:</translation>
        </message>
        <message>
            <source>Alle wijken</source>
            <translation>All districts</translation>
        </message>
        <message>
            <source>Wijk</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Ook te kiezen door op de kaart op een wijk te klikken</source>
            <translation>Can also be chosen by clicking a district on the map</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>Eerste beheerder – Utregs Plekkie</source>
            <translation>First administrator – Utregs Plekkie</translation>
        </message>
        <message>
            <source>Welkom bij Utregs Plekkie</source>
            <translation>Welcome to Utregs Plekkie</translation>
        </message>
        <message>
            <source>Er is nog niemand die het programma beheert. Maak nu het account van de beheerder aan: die kan daarna de accounts van collega's maken, backups terugzetten en het logboek inzien. Bewaar het wachtwoord goed; zonder een beheerder kan niemand nieuwe gebruikers toevoegen.</source>
            <translation>Nobody manages the program yet. Create the administrator's account now: the administrator can then create accounts for colleagues, restore backups and view the audit trail. Keep the password safe; without an administrator nobody can add new users.</translation>
        </message>
        <message>
            <source>bijvoorbeeld a.jansen</source>
            <translation>for example a.jansen</translation>
        </message>
        <message>
            <source>Gebruikersnaam</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>bijvoorbeeld Anna Jansen</source>
            <translation>for example Anna Jansen</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Wachtwoord herhalen</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <source>&amp;Gebruikersnaam:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Minstens {n} tekens. Een zin van een paar woorden is lang genoeg en goed te onthouden, bijvoorbeeld 'fiets langs de Vecht'.</source>
            <translation>At least {n} characters. A sentence of a few words is long enough and easy to remember, for example 'cycling along the Vecht'.</translation>
        </message>
        <message>
            <source>&amp;Herhaal wachtwoord:</source>
            <translation>R&amp;epeat password:</translation>
        </message>
        <message>
            <source>Afsluiten</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Beheerder aanmaken</source>
            <translation>Create administrator</translation>
        </message>
        <message>
            <source>De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.</source>
            <translation>The two passwords are not the same. Type the same password twice.</translation>
        </message>
        <message>
            <source>Het account wordt aangemaakt…</source>
            <translation>Creating the account…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpSection</name>
        <message>
            <source>Eerste antwoord op de aanvragen</source>
            <translation>First response to the requests</translation>
        </message>
        <message>
            <source>binnen de norm beantwoord</source>
            <translation>answered within the norm</translation>
        </message>
        <message>
            <source>opvolgacties te laat (aanvragen)</source>
            <translation>follow-up actions overdue (requests)</translation>
        </message>
        <message>
            <source>volgende acties te laat (gezinnen)</source>
            <translation>next actions overdue (families)</translation>
        </message>
        <message>
            <source>VGB's en VOG's die binnen {n} dagen verlopen</source>
            <translation>VGBs and VOGs that expire within {n} days</translation>
        </message>
        <message>
            <source>Geen aanvragen in deze periode.</source>
            <translation>No requests in this period.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Opslaan</source>
            <extracomment>Emitted with the save's result once it succeeded (the dialog then closes). The form, and room beside it for a subclass's second column.</extracomment>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Nieuwste versie laden</source>
            <translation>Load latest version</translation>
        </message>
        <message>
            <source>De nieuwste versie kon niet worden geladen. Sluit dit venster.</source>
            <translation>The latest version could not be loaded. Close this window.</translation>
        </message>
        <message>
            <source>De nieuwste versie is geladen; wat u had ingevuld staat er nog. Kijk het na en kies Opslaan.</source>
            <translation>The latest version has been loaded; what you had entered is still there. Check it and choose Save.</translation>
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
        <name>FunnelSection</name>
        <message>
            <source>Trechter: van aanvraag tot plaatsing</source>
            <translation>Funnel: from request to placement</translation>
        </message>
        <message>
            <source>De aanvragen die in de periode binnenkwamen, gevolgd tot vandaag. Per stap: hoeveel aanvragen die stap bereikten en welk deel van de vorige stap dat is.</source>
            <translation>The requests that came in during the period, followed up to today. For each step: how many requests reached that step and what share of the previous step that is.</translation>
        </message>
        <message>
            <source>Niemand uit deze periode is afgehaakt.</source>
            <translation>Nobody from this period dropped out.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Fase</source>
            <extracomment>Milliseconds a selection must rest before the family is loaded (and the view logged).</extracomment>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Van</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Tot</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Dagen</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Werkdagen</source>
            <translation>Working days</translation>
        </message>
        <message>
            <source>Reden en toelichting</source>
            <translation>Reason and explanation</translation>
        </message>
        <message>
            <source>nu</source>
            <translation>now</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Geschiedenis van de fasen</source>
            <translation>History of the stages</translation>
        </message>
        <message>
            <source>Uit aanvraag: {names}.</source>
            <translation>From request: {names}.</translation>
        </message>
        <message>
            <source>Dit gezin is direct als gezin ingevoerd.</source>
            <translation>This family was entered directly as a family.</translation>
        </message>
        <message>
            <source>{stage}: {days}</source>
            <translation>{stage}: {days}</translation>
        </message>
        <message>
            <source>Tijd per fase — {parts}. Samen {days}.</source>
            <translation>Time per stage — {parts}. Total {days}.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdBoard</name>
        <message>
            <source> (te laat)</source>
            <extracomment>A card was dropped here (mime, this column's stage).</extracomment>
            <translation> (overdue)</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDetailPanel</name>
        <message>
            <source>Gegevens van het gekozen gezin</source>
            <extracomment>The family changed (saved, moved, screening, offers): lists should refresh. The loaded family (its id), after each load.</extracomment>
            <translation>Details of the selected family</translation>
        </message>
        <message>
            <source>Kies een gezin in de lijst of op het bord om het hier te zien en bij te werken.</source>
            <translation>Choose a family in the list or on the board to see and update it here.</translation>
        </message>
        <message>
            <source>Pauzeren…</source>
            <translation>Pause…</translation>
        </message>
        <message>
            <source>Stoppen…</source>
            <translation>Stop…</translation>
        </message>
        <message>
            <source>Gegevens</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Volwassenen en VGB/VOG</source>
            <translation>Adults and VGB/VOG</translation>
        </message>
        <message>
            <source>Beschikbaarheid</source>
            <translation>Availability</translation>
        </message>
        <message>
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
        <message>
            <source>De wijzigingen aan {name} zijn nog niet opgeslagen. Eerst opslaan, of weggooien en het andere gezin openen?</source>
            <extracomment>The family to open once the pending save has succeeded.</extracomment>
            <translation>The changes to {name} have not been saved yet. Save first, or discard them and open the other family?</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Weggooien</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Bij {name} blijven</source>
            <translation>Stay with {name}</translation>
        </message>
        <message>
            <source>{route}sgezin</source>
            <translation>{route} family</translation>
        </message>
        <message>
            <source>aanbieder nog onbekend</source>
            <translation>provider not known yet</translation>
        </message>
        <message>
            <source>Volwassenen en VGB/VOG ({n} let op)</source>
            <translation>Adults and VGB/VOG ({n} to check)</translation>
        </message>
        <message>
            <source>Beschikbaarheid ({n})</source>
            <translation>Availability ({n})</translation>
        </message>
        <message>
            <source>Fase: {stage}, sinds {since} ({days})</source>
            <translation>Stage: {stage}, since {since} ({days})</translation>
        </message>
        <message>
            <source> — de norm liep af op {date}: achter op schema</source>
            <translation> — the norm ran out on {date}: behind schedule</translation>
        </message>
        <message>
            <source> — volgens de norm klaar uiterlijk {date}</source>
            <translation> — due by {date} according to the norm</translation>
        </message>
        <message>
            <source>. Reden: {reason}</source>
            <translation>. Reason: {reason}</translation>
        </message>
        <message>
            <source>, uiterlijk {date}</source>
            <translation>, by {date}</translation>
        </message>
        <message>
            <source>Volgende actie: {action}{when}</source>
            <translation>Next action: {action}{when}</translation>
        </message>
        <message>
            <source>(nog niet bepaald)</source>
            <translation>(not decided yet)</translation>
        </message>
        <message>
            <source> — te laat</source>
            <translation> — overdue</translation>
        </message>
        <message>
            <source>Geen volgende actie gepland.</source>
            <translation>No next action planned.</translation>
        </message>
        <message>
            <source>Volgende fase (Ctrl+→ op het bord)</source>
            <translation>Next stage (Ctrl+→ on the board)</translation>
        </message>
        <message>
            <source>Nodig voordat het gezin beschikbaar kan zijn:</source>
            <translation>Needed before the family can be available:</translation>
        </message>
        <message>
            <source>Let op: de screening is niet meer in orde:</source>
            <translation>Note: the screening is no longer in order:</translation>
        </message>
    </context>
    <context>
        <name>HouseholdFilterBar</name>
        <message>
            <source>Zoek op naam, e-mail, telefoon of postcode</source>
            <extracomment>Milliseconds between the last keystroke and the search.</extracomment>
            <translation>Search by name, e-mail, phone or postcode</translation>
        </message>
        <message>
            <source>Zoeken in gezinnen</source>
            <translation>Search families</translation>
        </message>
        <message>
            <source>Fase</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Alle fasen</source>
            <translation>All stages</translation>
        </message>
        <message>
            <source>Zorgvorm</source>
            <translation>Kind of care</translation>
        </message>
        <message>
            <source>Alle zorgvormen</source>
            <translation>All kinds of care</translation>
        </message>
        <message>
            <source>Wijk</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Alle wijken</source>
            <translation>All districts</translation>
        </message>
        <message>
            <source>Aanbieder</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Alle aanbieders</source>
            <translation>All providers</translation>
        </message>
        <message>
            <source>Actie te laat</source>
            <translation>Action overdue</translation>
        </message>
        <message>
            <source>Alleen gezinnen van wie de volgende actie over datum is, of die langer in hun fase staan dan de norm</source>
            <translation>Only families whose next action is overdue, or who have been in their stage longer than the norm</translation>
        </message>
        <message>
            <source>Sorteren</source>
            <translation>Sort</translation>
        </message>
        <message>
            <source>Volgorde van de lijst</source>
            <translation>Order of the list</translation>
        </message>
        <message>
            <source>Op naam</source>
            <translation>By name</translation>
        </message>
        <message>
            <source>Langst in fase</source>
            <translation>Longest in stage</translation>
        </message>
        <message>
            <source>Eerstvolgende actie</source>
            <translation>Next action due</translation>
        </message>
        <message>
            <source>Wissen</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Zoektekst en filters wissen</source>
            <translation>Clear search text and filters</translation>
        </message>
    </context>
    <context>
        <name>HouseholdForm</name>
        <message>
            <source>Contact en adres</source>
            <extracomment>Saved; the argument is the new version. A save was refused or failed (the form says why).</extracomment>
            <translation>Contact and address</translation>
        </message>
        <message>
            <source>volgens de wijk van de postcode</source>
            <translation>according to the postcode's district</translation>
        </message>
        <message>
            <source>Naam:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Route:</source>
            <translation>Route:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Telefoon:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Straat:</source>
            <translation>Street:</translation>
        </message>
        <message>
            <source>Huisnummer:</source>
            <translation>House number:</translation>
        </message>
        <message>
            <source>Postcode:</source>
            <translation>Postcode:</translation>
        </message>
        <message>
            <source>Plaats:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <source>Aanbieder:</source>
            <translation>Provider:</translation>
        </message>
        <message>
            <source>Gezin en huis</source>
            <translation>Family and home</translation>
        </message>
        <message>
            <source>bijvoorbeeld nl, en, ar</source>
            <translation>for example nl, en, ar</translation>
        </message>
        <message>
            <source>mag leeg blijven</source>
            <translation>may be left empty</translation>
        </message>
        <message>
            <source>Er wordt in huis gerookt</source>
            <translation>People smoke in the house</translation>
        </message>
        <message>
            <source>bijvoorbeeld gelijkvloers, traplift, rolstoeltoegankelijk</source>
            <translation>for example single-storey, stairlift, wheelchair accessible</translation>
        </message>
        <message>
            <source>Talen:</source>
            <translation>Languages:</translation>
        </message>
        <message>
            <source>Cultuur/religie:</source>
            <translation>Culture/religion:</translation>
        </message>
        <message>
            <source>Huisdieren:</source>
            <translation>Pets:</translation>
        </message>
        <message>
            <source>Roken:</source>
            <translation>Smoking:</translation>
        </message>
        <message>
            <source>Toegankelijkheid:</source>
            <translation>Accessibility:</translation>
        </message>
        <message>
            <source>Slaapkamers:</source>
            <translation>Bedrooms:</translation>
        </message>
        <message>
            <source>Waarvan vrij:</source>
            <translation>Of which free:</translation>
        </message>
        <message>
            <source>Eigen kinderen:</source>
            <translation>Own children:</translation>
        </message>
        <message>
            <source>Ervaring en vaardigheden</source>
            <translation>Experience and skills</translation>
        </message>
        <message>
            <source>Ervaring met:</source>
            <translation>Experience with:</translation>
        </message>
        <message>
            <source>Vaardigheden:</source>
            <translation>Skills:</translation>
        </message>
        <message>
            <source>Documenten en aantekeningen</source>
            <translation>Documents and notes</translation>
        </message>
        <message>
            <source>andere documenten, met komma's</source>
            <translation>other documents, separated by commas</translation>
        </message>
        <message>
            <source>Ontvangen:</source>
            <translation>Received:</translation>
        </message>
        <message>
            <source>Ook ontvangen:</source>
            <translation>Also received:</translation>
        </message>
        <message>
            <source>Aantekeningen:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>Volgende actie</source>
            <translation>Next action</translation>
        </message>
        <message>
            <source>Wat:</source>
            <translation>What:</translation>
        </message>
        <message>
            <source>Uiterlijk op:</source>
            <translation>Due by:</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Wijzigingen opslaan (Ctrl+S)</source>
            <translation>Save changes (Ctrl+S)</translation>
        </message>
        <message>
            <source>Wijzigingen terugdraaien</source>
            <translation>Undo changes</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>aanmeldformulier</source>
            <translation>registration form</translation>
        </message>
        <message>
            <source>medische vragenlijst</source>
            <translation>medical questionnaire</translation>
        </message>
        <message>
            <source>referenties</source>
            <translation>references</translation>
        </message>
        <message>
            <source>toestemming VGB/VOG</source>
            <translation>consent VGB/VOG</translation>
        </message>
        <message>
            <source>geschiktheidsverslag</source>
            <translation>suitability report</translation>
        </message>
        <message>
            <source>samenwerkingsovereenkomst</source>
            <translation>cooperation agreement</translation>
        </message>
        <message>
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Nieuwste versie laden</source>
            <translation>Load latest version</translation>
        </message>
        <message>
            <source>De nieuwste versie is geladen; wat u had ingevuld staat er nog. Kijk het na en kies Opslaan.</source>
            <translation>The latest version has been loaded; what you had entered is still there. Check it and choose Save.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdList</name>
        <message>
            <source>{date} te laat</source>
            <extracomment>Positions of the hidden values after the shown columns.</extracomment>
            <translation>{date} overdue</translation>
        </message>
        <message>
            <source>{date} (te lang)</source>
            <translation>{date} (too long)</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Wijk/plaats</source>
            <translation>District/place</translation>
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
            <source>In fase sinds</source>
            <translation>In stage since</translation>
        </message>
        <message>
            <source>Volgende actie</source>
            <translation>Next action</translation>
        </message>
    </context>
    <context>
        <name>HouseholdsPage</name>
        <message>
            <source>Gezinnen</source>
            <extracomment>Cards per board column (the families longest in the stage).</extracomment>
            <translation>Families</translation>
        </message>
        <message>
            <source>Geen gezinnen gevonden met deze zoektekst of filters. Maak de zoektekst korter of kies 'Wissen'.</source>
            <translation>No families found with this search text or these filters. Shorten the search text or choose 'Clear'.</translation>
        </message>
        <message>
            <source>Nog geen gezinnen. Een gezin komt erbij zodra iemand zich aanmeldt, meestal na een informatieavond.</source>
            <translation>No families yet. A family is added as soon as someone registers, usually after an information evening.</translation>
        </message>
        <message>
            <source>Intakepakket…</source>
            <translation>Intake pack…</translation>
        </message>
        <message>
            <source>Het intakepakket van het gekozen gezin maken (Ctrl+Shift+I)</source>
            <translation>Make the intake pack of the selected family (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <source>Intakepakket</source>
            <translation>Intake pack</translation>
        </message>
        <message>
            <source>Kies eerst een gezin in de lijst.</source>
            <translation>First choose a family in the list.</translation>
        </message>
        <message>
            <source>Lijst</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Alle gezinnen als lijst</source>
            <translation>All families as a list</translation>
        </message>
        <message>
            <source>Bord</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Een kolom per fase; kaarten verslepen</source>
            <translation>A column per stage; drag cards</translation>
        </message>
        <message>
            <source>Vandaag</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Wat vandaag moet gebeuren of te laat is</source>
            <translation>What needs to be done today or is overdue</translation>
        </message>
        <message>
            <source>Weergave: {view}</source>
            <translation>View: {view}</translation>
        </message>
        <message>
            <source>← Vorige fase</source>
            <translation>← Previous stage</translation>
        </message>
        <message>
            <source>Gekozen kaart een fase terug (Ctrl+←)</source>
            <translation>Move the selected card back one stage (Ctrl+←)</translation>
        </message>
        <message>
            <source>Volgende fase →</source>
            <translation>Next stage →</translation>
        </message>
        <message>
            <source>Gekozen kaart naar de volgende fase (Ctrl+→)</source>
            <translation>Move the selected card to the next stage (Ctrl+→)</translation>
        </message>
        <message>
            <source>Pauzeren…</source>
            <translation>Pause…</translation>
        </message>
        <message>
            <source>Gekozen kaart pauzeren</source>
            <translation>Pause the selected card</translation>
        </message>
        <message>
            <source>Stoppen…</source>
            <translation>Stop…</translation>
        </message>
        <message>
            <source>Gekozen kaart laten stoppen</source>
            <translation>Stop the selected card</translation>
        </message>
        <message>
            <source>Nieuw gezin…</source>
            <translation>New family…</translation>
        </message>
        <message>
            <source>Een gezin invoeren dat niet uit een aanvraag komt</source>
            <translation>Enter a family that does not come from a request</translation>
        </message>
        <message>
            <source>Bord: {total} gezinnen; per fase de {n} die er het langst staan</source>
            <translation>Board: {total} families; per stage the {n} that have been there longest</translation>
        </message>
        <message>
            <source>Het gezin is aangemaakt.</source>
            <translation>The family has been created.</translation>
        </message>
        <message>
            <source>Kies eerst een kaart op het bord.</source>
            <translation>First choose a card on the board.</translation>
        </message>
    </context>
    <context>
        <name>IdleLockDialog</name>
        <message>
            <source>Automatische vergrendeling</source>
            <translation>Automatic lock</translation>
        </message>
        <message>
            <source>Als niemand het programma een tijd gebruikt, worden de gegevens verborgen tot de gebruiker zijn wachtwoord weer typt. Kies een korte tijd voor een laptop op een stand of in een gedeelde ruimte. Dit geldt voor iedereen die deze database gebruikt.</source>
            <translation>If nobody uses the program for a while, the data is hidden until the user types their password again. Choose a short time for a laptop at a stand or in a shared space. This applies to everyone who uses this database.</translation>
        </message>
        <message>
            <source> minuten</source>
            <translation> minutes</translation>
        </message>
        <message>
            <source>nooit vergrendelen</source>
            <translation>never lock</translation>
        </message>
        <message>
            <source>Vergrendelen na (minuten)</source>
            <translation>Lock after (minutes)</translation>
        </message>
        <message>
            <source>&amp;Vergrendelen na:</source>
            <translation>&amp;Lock after:</translation>
        </message>
        <message>
            <source>Let op: zonder vergrendeling blijven de gegevens zichtbaar voor wie langs de laptop loopt.</source>
            <translation>Note: without locking, the data stays visible to anyone walking past the laptop.</translation>
        </message>
    </context>
    <context>
        <name>IntakePackDialog</name>
        <message>
            <source>Intakepakket</source>
            <translation>Intake pack</translation>
        </message>
        <message>
            <source>intakepakket</source>
            <translation>intake pack</translation>
        </message>
        <message>
            <source>Het intakepakket wordt gemaakt…</source>
            <translation>Making the intake pack…</translation>
        </message>
        <message>
            <source>Intakepakket voor {name}</source>
            <translation>Intake pack for {name}</translation>
        </message>
        <message>
            <source>Het intakepakket voor {name}: hun gegevens, de checklist, de trainingen en het toestemmingsformulier. Controleer het, en sla het op of druk het af.</source>
            <translation>The intake pack for {name}: their details, the checklist, the trainings and the consent form. Check it, and save or print it.</translation>
        </message>
        <message>
            <source>Intakepakket gemaakt, {pages}.</source>
            <translation>Intake pack made, {pages}.</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDialog</name>
        <message>
            <source>Database beschadigd – Utregs Plekkie</source>
            <translation>Database damaged – Utregs Plekkie</translation>
        </message>
        <message>
            <source>De database is beschadigd</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>Bij het starten controleert Utregs Plekkie de database. Die controle vond een fout in {path}. Werk niet verder in dit bestand: daarmee kunnen gegevens verloren gaan.</source>
            <translation>When starting, Utregs Plekkie checks the database. That check found an error in {path}. Do not continue working in this file: that can lose data.</translation>
        </message>
        <message>
            <source>De laatste goede backup is van {when} ({size}). Zet die terug: wat daarna is ingevoerd, zit er niet in. Het beschadigde bestand wordt eerst apart bewaard in {folder}, zodat een beheerder er later nog naar kan kijken.</source>
            <translation>The last good backup is from {when} ({size}). Restore it: anything entered after that is not in it. The damaged file is first kept separately in {folder}, so that an administrator can look at it later.</translation>
        </message>
        <message>
            <source>Er is geen goede backup gevonden in {folder}. Sluit het programma, maak een kopie van {path} en neem contact op met de beheerder.</source>
            <translation>No good backup was found in {folder}. Close the program, make a copy of {path} and contact the administrator.</translation>
        </message>
        <message>
            <source>(en nog {n} meldingen)</source>
            <translation>(and {n} more messages)</translation>
        </message>
        <message>
            <source>Technische melding: {detail}</source>
            <translation>Technical message: {detail}</translation>
        </message>
        <message>
            <source>Map met backups openen</source>
            <translation>Open backup folder</translation>
        </message>
        <message>
            <source>Afsluiten</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Laatste goede backup terugzetten</source>
            <translation>Restore last good backup</translation>
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <source>Uitnodigen voor {name}</source>
            <extracomment>People were invited (:class:`InviteResult`).</extracomment>
            <translation>Invite to {name}</translation>
        </message>
        <message>
            <source>Aanvragen</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Gezinnen</source>
            <translation>Families</translation>
        </message>
        <message>
            <source>Welke</source>
            <translation>Which</translation>
        </message>
        <message>
            <source>Zoek op naam, e-mail, telefoon of postcode</source>
            <translation>Search by name, e-mail, phone or postcode</translation>
        </message>
        <message>
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Gevonden mensen; vink aan wie u wilt uitnodigen</source>
            <translation>People found; tick who you want to invite</translation>
        </message>
        <message>
            <source>Alles aanvinken</source>
            <translation>Tick all</translation>
        </message>
        <message>
            <source>Niets aanvinken</source>
            <translation>Untick all</translation>
        </message>
        <message>
            <source>Wie al op de lijst staat, wordt niet dubbel uitgenodigd. Een e-mail gaat er niet vanzelf uit: sla daarna de uitnodigingslijst op.</source>
            <translation>Anyone already on the list is not invited twice. No e-mail is sent automatically: save the invitation list afterwards.</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>nog niet op een informatieavond geweest</source>
            <translation>not yet been to an information evening</translation>
        </message>
        <message>
            <source>alle aanvragen</source>
            <translation>all requests</translation>
        </message>
        <message>
            <source>in fase {stage}</source>
            <translation>in stage {stage}</translation>
        </message>
        <message>
            <source>alle gezinnen</source>
            <translation>all families</translation>
        </message>
        <message>
            <source>(naam onbekend)</source>
            <translation>(name unknown)</translation>
        </message>
        <message>
            <source>{shown} van {total} getoond; zoek gerichter om de rest te zien.</source>
            <translation>{shown} of {total} shown; narrow your search to see the rest.</translation>
        </message>
        <message>
            <source>{n} gevonden.</source>
            <translation>{n} found.</translation>
        </message>
        <message>
            <source>Niemand gevonden. Maak de zoektekst korter of kies 'alle'.</source>
            <translation>Nobody found. Shorten the search text or choose 'all'.</translation>
        </message>
        <message>
            <source>Uitnodigen ({n})</source>
            <translation>Invite ({n})</translation>
        </message>
        <message>
            <source>Uitnodigen</source>
            <translation>Invite</translation>
        </message>
        <message>
            <source>Vink eerst aan wie u wilt uitnodigen.</source>
            <translation>First tick who you want to invite.</translation>
        </message>
        <message>
            <source>{n} uitgenodigd.</source>
            <translation>{n} invited.</translation>
        </message>
        <message>
            <source>{n} stonden al op de lijst.</source>
            <translation>{n} were already on the list.</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <source>Er kon geen informatiepakket worden gemaakt voor deze aanmelding.</source>
            <translation>No information pack could be made for this registration.</translation>
        </message>
        <message>
            <source>Het pakket is niet gemaakt.</source>
            <translation>The pack has not been made.</translation>
        </message>
        <message>
            <source>Het afdrukken is gestopt.</source>
            <translation>Printing has stopped.</translation>
        </message>
        <message>
            <source>Laatste pakket afgedrukt ({pages} blz.).</source>
            <translation>Last pack printed ({pages} p.).</translation>
        </message>
        <message>
            <source>Utregs Plekkie – evenement</source>
            <extracomment>The kiosk was left: the Actor of the werver who logged in, or None (the PIN). A visitor was saved: the request's id (the GUI shows no data of it). Who works the stand: named in the audit trail of every visitor saved.</extracomment>
            <translation>Utregs Plekkie – event</translation>
        </message>
        <message>
            <source>Aanmelden bij de stand</source>
            <translation>Sign up at the stand</translation>
        </message>
        <message>
            <source>Welkom bij Utregs Plekkie</source>
            <translation>Welcome to Utregs Plekkie</translation>
        </message>
        <message>
            <source>Verlaten</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Kiosk verlaten (alleen medewerkers; Esc)</source>
            <translation>Leave the kiosk (staff only; Esc)</translation>
        </message>
        <message>
            <source>Kiosk verlaten (alleen medewerkers)</source>
            <translation>Leave the kiosk (staff only)</translation>
        </message>
        <message>
            <source>Evenementmodus</source>
            <translation>Event mode</translation>
        </message>
        <message>
            <source>Bij welk evenement staat deze stand?</source>
            <extracomment>A valid event name was given (spaces tidied).</extracomment>
            <translation>Which event is this stand at?</translation>
        </message>
        <message>
            <source>De naam komt bij elke aanmelding, zodat later te zien is wat dit evenement heeft opgeleverd. Bijvoorbeeld: Pop-up Utrecht Centraal.</source>
            <translation>The name is added to every registration, so that later you can see what this event produced. For example: Pop-up Utrecht Centraal.</translation>
        </message>
        <message>
            <source>Naam van het evenement</source>
            <translation>Name of the event</translation>
        </message>
        <message>
            <source>Start de aanmeldingen</source>
            <translation>Start registrations</translation>
        </message>
        <message>
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Achternaam</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>&amp;Voornaam</source>
            <translation>&amp;First name</translation>
        </message>
        <message>
            <source>&amp;Achternaam</source>
            <translation>&amp;Surname</translation>
        </message>
        <message>
            <source>E-mailadres</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <source>&amp;E-mailadres</source>
            <translation>&amp;E-mail address</translation>
        </message>
        <message>
            <source>Telefoonnummer</source>
            <translation>Phone number</translation>
        </message>
        <message>
            <source>&amp;Telefoonnummer</source>
            <translation>P&amp;hone number</translation>
        </message>
        <message>
            <source>E-mail of telefoon is genoeg; allebei mag ook.</source>
            <translation>E-mail or phone is enough; both is fine too.</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>&amp;Postcode (mag leeg)</source>
            <translation>&amp;Postcode (optional)</translation>
        </message>
        <message>
            <source>Waar heeft u interesse in? Kies er een of meer.</source>
            <translation>What are you interested in? Choose one or more.</translation>
        </message>
        <message>
            <source>Interesse: {name}</source>
            <translation>Interest: {name}</translation>
        </message>
        <message>
            <source>Ja, ik ga akkoord met de tekst hierboven</source>
            <extracomment>The version of the text on screen; None while there is none.</extracomment>
            <translation>Yes, I agree to the text above</translation>
        </message>
        <message>
            <source>Toestemming: ik ga akkoord met de privacytekst</source>
            <translation>Consent: I agree to the privacy text</translation>
        </message>
        <message>
            <source>Pakket nu afdrukken</source>
            <translation>Print pack now</translation>
        </message>
        <message>
            <source>Het informatiepakket meteen afdrukken en meegeven</source>
            <translation>Print the information pack straight away and hand it over</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Opslaan (Enter op deze knop, of Ctrl+Enter)</source>
            <translation>Save (Enter on this button, or Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Dank u wel!</source>
            <translation>Thank you!</translation>
        </message>
        <message>
            <source>Volgende bezoeker</source>
            <translation>Next visitor</translation>
        </message>
        <message>
            <source>Zo dadelijk staat het formulier weer klaar voor de volgende bezoeker.</source>
            <translation>In a moment the form will be ready again for the next visitor.</translation>
        </message>
        <message>
            <source>Kiosk verlaten</source>
            <extracomment>Leaving was allowed: the Actor of the werver who logged in, or None (the PIN). "Terug naar het formulier".</extracomment>
            <translation>Leave kiosk</translation>
        </message>
        <message>
            <source>Terug naar het formulier</source>
            <translation>Back to the form</translation>
        </message>
        <message>
            <source>Alleen voor medewerkers. Typ de kiosk-pincode, of log in als werver. Bezoeker? Tik op 'Terug naar het formulier'.</source>
            <translation>Staff only. Type the kiosk PIN, or sign in as a recruiter. Visitor? Tap 'Back to the form'.</translation>
        </message>
        <message>
            <source>Kiosk-pincode</source>
            <translation>Kiosk PIN</translation>
        </message>
        <message>
            <source>&amp;Pincode</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <source>Wis</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Pincode wissen</source>
            <translation>Clear PIN</translation>
        </message>
        <message>
            <source>Laatste cijfer weg</source>
            <translation>Delete last digit</translation>
        </message>
        <message>
            <source>Verlaten met pincode</source>
            <translation>Leave with PIN</translation>
        </message>
        <message>
            <source>Of log in als werver:</source>
            <translation>Or sign in as a recruiter:</translation>
        </message>
        <message>
            <source>Gebruikersnaam</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>&amp;Gebruikersnaam</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord</source>
            <translation>Pass&amp;word</translation>
        </message>
        <message>
            <source>Verlaten met inloggen</source>
            <translation>Leave by signing in</translation>
        </message>
        <message>
            <source>Er is nog geen privacytekst vastgelegd, dus toestemming kan niet worden bewaard. Medewerker: laat een beheerder de tekst toevoegen.</source>
            <translation>No privacy text has been recorded yet, so consent cannot be stored. Staff: have an administrator add the text.</translation>
        </message>
        <message>
            <source>Privacytekst (versie {version}): {text}</source>
            <translation>Privacy text (version {version}): {text}</translation>
        </message>
        <message>
            <source>Vul de naam van het evenement in.</source>
            <translation>Enter the name of the event.</translation>
        </message>
        <message>
            <source>De naam is te lang. Gebruik hoogstens {n} tekens.</source>
            <translation>The name is too long. Use at most {n} characters.</translation>
        </message>
        <message>
            <source>{event} · {date}</source>
            <translation>{event} · {date}</translation>
        </message>
        <message>
            <source>Vink het vakje aan als u akkoord gaat. Zonder toestemming mogen we uw gegevens niet bewaren.</source>
            <translation>Tick the box if you agree. Without consent we may not keep your details.</translation>
        </message>
        <message>
            <source>Nog niet opgeslagen: kijk bij de rode tekst.</source>
            <translation>Not saved yet: see the red text.</translation>
        </message>
        <message>
            <source>Een ogenblik: de privacytekst wordt nog geladen.</source>
            <translation>One moment: the privacy text is still loading.</translation>
        </message>
        <message>
            <source>Opslaan kan niet: er is geen privacytekst. Vraag een beheerder om hulp.</source>
            <translation>Cannot save: there is no privacy text. Ask an administrator for help.</translation>
        </message>
        <message>
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Uw gegevens zijn opgeslagen. We nemen binnen {n} werkdag contact met u op.</source>
            <translation>Your details have been saved. We will contact you within {n} working day.</translation>
        </message>
        <message>
            <source>Uw gegevens zijn opgeslagen. We nemen binnen {n} werkdagen contact met u op.</source>
            <translation>Your details have been saved. We will contact you within {n} working days.</translation>
        </message>
        <message>
            <source>Uw informatiepakket wordt nu afgedrukt.</source>
            <translation>Your information pack is being printed now.</translation>
        </message>
        <message>
            <source>Opslaan is niet gelukt. Probeer het nog eens of vraag een medewerker.</source>
            <translation>Saving did not succeed. Please try again or ask a member of staff.</translation>
        </message>
        <message>
            <source>Laatste pakket niet afgedrukt: {reason}</source>
            <translation>Last pack not printed: {reason}</translation>
        </message>
        <message>
            <source>1 aanmelding opgeslagen</source>
            <translation>1 registration saved</translation>
        </message>
        <message>
            <source>{n} aanmeldingen opgeslagen</source>
            <translation>{n} registrations saved</translation>
        </message>
        <message>
            <source>Het formulier is leeggemaakt omdat er een tijd niets gebeurde. Begin gerust opnieuw.</source>
            <translation>The form has been cleared because nothing happened for a while. Feel free to start again.</translation>
        </message>
        <message>
            <source>Er is nog geen kiosk-pincode ingesteld. Laat een werver inloggen; een beheerder kan de pincode instellen via Beheer.</source>
            <translation>No kiosk PIN has been set yet. Have a recruiter sign in; an administrator can set the PIN via Administration.</translation>
        </message>
        <message>
            <source>Typ eerst de pincode.</source>
            <translation>First type the PIN.</translation>
        </message>
        <message>
            <source>Vul uw gebruikersnaam en wachtwoord in.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <source>Utregs Plekkie kan de database niet openen.</source>
            <translation>Utregs Plekkie cannot open the database.</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <source>Kiosk-pincode instellen</source>
            <translation>Set kiosk PIN</translation>
        </message>
        <message>
            <source>Kiosk-pincode</source>
            <translation>Kiosk PIN</translation>
        </message>
        <message>
            <source>Met deze pincode verlaat een werver de kiosk op de laptop bij een evenement (of met zijn eigen wachtwoord). Bezoekers mogen hem niet zien. {state}</source>
            <translation>With this PIN a recruiter leaves the kiosk on the laptop at an event (or with their own password). Visitors must not see it. {state}</translation>
        </message>
        <message>
            <source>Er is al een pincode; een nieuwe vervangt die.</source>
            <translation>There already is a PIN; a new one replaces it.</translation>
        </message>
        <message>
            <source>Er is nog geen pincode ingesteld.</source>
            <translation>No PIN has been set yet.</translation>
        </message>
        <message>
            <source>Pincode</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Herhaal</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <source>&amp;Pincode:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>{low} tot {high} cijfers.</source>
            <translation>{low} to {high} digits.</translation>
        </message>
        <message>
            <source>&amp;Herhaal pincode:</source>
            <translation>&amp;Repeat PIN:</translation>
        </message>
        <message>
            <source>Pincode opslaan</source>
            <translation>Save PIN</translation>
        </message>
        <message>
            <source>De twee pincodes zijn niet gelijk.</source>
            <translation>The two PINs are not the same.</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <source>Adresetiketten</source>
            <translation>Address labels</translation>
        </message>
        <message>
            <source>adresetiketten</source>
            <translation>address labels</translation>
        </message>
        <message>
            <source>De etiketten worden gemaakt…</source>
            <translation>Making the labels…</translation>
        </message>
        <message>
            <source>Etiketten voor {n} aanvragen, op A4-vellen met 3 × 7 etiketten van 70 × 42,3 mm. Is het vel al deels gebruikt? Kies dan het eerste vrije etiket (1 is linksboven, 21 rechtsonder).</source>
            <translation>Labels for {n} requests, on A4 sheets with 3 × 7 labels of 70 × 42.3 mm. Is the sheet already partly used? Then choose the first free label (1 is top left, 21 bottom right).</translation>
        </message>
        <message>
            <source>Een etiket voor 1 aanvraag, op een A4-vel met 3 × 7 etiketten van 70 × 42,3 mm. Kies het eerste vrije etiket op het vel (1 is linksboven, 21 rechtsonder).</source>
            <translation>A label for 1 request, on an A4 sheet with 3 × 7 labels of 70 × 42.3 mm. Choose the first free label on the sheet (1 is top left, 21 bottom right).</translation>
        </message>
        <message>
            <source>Eerste vrije etiket:</source>
            <translation>First free label:</translation>
        </message>
        <message>
            <source>Eerste vrije etiket op het vel</source>
            <translation>First free label on the sheet</translation>
        </message>
        <message>
            <source>Let op: bij sommige adressen ontbreken gegevens; daar staat ‹ontbreekt: …› op het etiket. Vul ze aan bij de aanvraag en maak de etiketten opnieuw.</source>
            <translation>Note: some addresses are missing details; there the label says ‹missing: …›. Complete them in the request and make the labels again.</translation>
        </message>
        <message>
            <source>1 vel</source>
            <translation>1 sheet</translation>
        </message>
        <message>
            <source>{n} vellen</source>
            <translation>{n} sheets</translation>
        </message>
        <message>
            <source>{n} etiketten op {sheets}.</source>
            <translation>{n} labels on {sheets}.</translation>
        </message>
        <message>
            <source>Etiket {done} van {total}</source>
            <translation>Label {done} of {total}</translation>
        </message>
    </context>
    <context>
        <name>LockedPanel</name>
        <message>
            <source>Utregs Plekkie is vergrendeld</source>
            <translation>Utregs Plekkie is locked</translation>
        </message>
        <message>
            <source>De gegevens zijn verborgen omdat het programma een tijd niet gebruikt is. Ontgrendel met uw wachtwoord in het venster 'Vergrendeld'.</source>
            <translation>The data is hidden because the program has not been used for a while. Unlock with your password in the 'Locked' window.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Vergrendeld – Utregs Plekkie</source>
            <extracomment>On the lock screen: someone chose to end the program (after a confirmation).</extracomment>
            <translation>Locked – Utregs Plekkie</translation>
        </message>
        <message>
            <source>Aanmelden – Utregs Plekkie</source>
            <translation>Sign in – Utregs Plekkie</translation>
        </message>
        <message>
            <source>Aanmelden bij Utregs Plekkie</source>
            <translation>Sign in to Utregs Plekkie</translation>
        </message>
        <message>
            <source>Meld u aan met uw gebruikersnaam en wachtwoord.</source>
            <translation>Sign in with your user name and password.</translation>
        </message>
        <message>
            <source>Utregs Plekkie is vergrendeld</source>
            <translation>Utregs Plekkie is locked</translation>
        </message>
        <message>
            <source>Het programma is vergrendeld omdat het een tijd niet gebruikt is. {name}, typ uw wachtwoord om verder te gaan waar u was.</source>
            <translation>The program is locked because it has not been used for a while. {name}, type your password to continue where you were.</translation>
        </message>
        <message>
            <source>Gebruikersnaam</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>&amp;Gebruikersnaam:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Iemand anders meldt zich aan</source>
            <translation>Someone else signs in</translation>
        </message>
        <message>
            <source>Afsluiten</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Ontgrendelen</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Aanmelden</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Programma afsluiten…</source>
            <translation>Quit program…</translation>
        </message>
        <message>
            <source>Meld u aan met uw eigen gebruikersnaam en wachtwoord. De open vensters van {name} worden dan gesloten; wat daarin nog niet was opgeslagen, gaat verloren.</source>
            <translation>Sign in with your own user name and password. The open windows of {name} will then be closed; anything not yet saved in them is lost.</translation>
        </message>
        <message>
            <source>Vul uw gebruikersnaam in.</source>
            <translation>Enter your user name.</translation>
        </message>
        <message>
            <source>Vul uw wachtwoord in.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <source>Bezig met aanmelden…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <source>Er is te vaak een verkeerd wachtwoord getypt. U kunt het over {wait} opnieuw proberen.</source>
            <translation>A wrong password was typed too often. You can try again in {wait}.</translation>
        </message>
        <message>
            <source>Programma afsluiten</source>
            <translation>Quit program</translation>
        </message>
        <message>
            <source>Utregs Plekkie afsluiten zonder te ontgrendelen?</source>
            <translation>Quit Utregs Plekkie without unlocking?</translation>
        </message>
        <message>
            <source>Wat in open vensters nog niet was opgeslagen, gaat verloren. Wat al was opgeslagen, blijft bewaard.</source>
            <translation>Anything not yet saved in open windows is lost. What was already saved is kept.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Vandaag</source>
            <extracomment>The database, the logged-in user (who decides which pages there are, see ``visible_pages``), the interface state and the clock; handed to every page.</extracomment>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>Wat er vandaag moet gebeuren bij de gezinnen</source>
            <translation>What needs to be done today for the families</translation>
        </message>
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
            <source>Informatiepakketten afdrukken…</source>
            <translation>Print information packs…</translation>
        </message>
        <message>
            <source>Informatiepakketten maken, bekijken, afdrukken en als verstuurd markeren</source>
            <translation>Make, view and print information packs and mark them as sent</translation>
        </message>
        <message>
            <source>Instellingen informatiepakket…</source>
            <translation>Information pack settings…</translation>
        </message>
        <message>
            <source>De afzenders en de teksten van de pakketten aanpassen</source>
            <translation>Adjust the senders and the texts of the packs</translation>
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
        <name>MakeBackupDialog</name>
        <message>
            <source>Backup maken</source>
            <translation>Make backup</translation>
        </message>
        <message>
            <source>Er wordt een kopie van de hele database gemaakt en meteen gecontroleerd. Het programma maakt ook zelf elke dag een backup; maak er een met de hand vóór een grote wijziging, of om op een USB-stick mee te nemen (versleuteld als de database versleuteld is).</source>
            <translation>A copy of the whole database is made and checked straight away. The program also makes a backup itself every day; make one by hand before a big change, or to take along on a USB stick (encrypted if the database is encrypted).</translation>
        </message>
        <message>
            <source>Andere &amp;map…</source>
            <translation>Other &amp;folder…</translation>
        </message>
        <message>
            <source>Map &amp;openen</source>
            <translation>&amp;Open folder</translation>
        </message>
        <message>
            <source>&amp;Backup maken</source>
            <translation>&amp;Make backup</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Map: {folder}</source>
            <translation>Folder: {folder}</translation>
        </message>
        <message>
            <source>Map voor de backup</source>
            <translation>Folder for the backup</translation>
        </message>
        <message>
            <source>Bezig met kopiëren en controleren…</source>
            <translation>Copying and checking…</translation>
        </message>
        <message>
            <source>Backup gemaakt en gecontroleerd: {path} ({size}).</source>
            <translation>Backup made and checked: {path} ({size}).</translation>
        </message>
    </context>
    <context>
        <name>MapLegend</name>
        <message>
            <source>Legenda van de kaart</source>
            <translation>Map legend</translation>
        </message>
        <message>
            <source>1 wijk</source>
            <translation>1 district</translation>
        </message>
        <message>
            <source>{n} wijken</source>
            <translation>{n} districts</translation>
        </message>
    </context>
    <context>
        <name>Matching</name>
        <message>
            <source>onbekend</source>
            <extracomment>``translate("Matching", "...")``: the context is written out so that lupdate finds it.
----------
Households found by a name search at most (a search should be more precise).</extracomment>
            <translation>unknown</translation>
        </message>
        <message>
            <source>gezin {id}</source>
            <extracomment>The names folded for searching (lower case, without accents), made once.
----------
The role under which rows give their key (a proposal id, a household id, ...). Called with the row when its box is ticked or unticked (e.g. to tick siblings).
----------
What a row of the exclusion list shows: a household that cannot take the child, or (when searched for by name) one that can. Where a household lives ("3563 Overvecht"), to tell families of one name apart.</extracomment>
            <translation>family {id}</translation>
        </message>
        <message>
            <source>Plaats</source>
            <translation>Place</translation>
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
            <source>Afstand school</source>
            <translation>Distance to school</translation>
        </message>
        <message>
            <source>Afstand thuis</source>
            <translation>Distance to home</translation>
        </message>
        <message>
            <source>Vrije plekken</source>
            <translation>Free places</translation>
        </message>
        <message>
            <source>Aanbod</source>
            <translation>Offer</translation>
        </message>
        <message>
            <source>Wijk</source>
            <translation>District</translation>
        </message>
        <message>
            <source>staat op de lijst als nummer {n}, score {score}</source>
            <translation>is on the list as number {n}, score {score}</translation>
        </message>
        <message>
            <source>staat op de lijst, score {score}</source>
            <translation>is on the list, score {score}</translation>
        </message>
        <message>
            <source>Gezinsnr.</source>
            <translation>Family no.</translation>
        </message>
        <message>
            <source>Woont in</source>
            <translation>Lives in</translation>
        </message>
        <message>
            <source>Waarom niet op de lijst</source>
            <translation>Why not on the list</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <extracomment>Emitted with the step's result once it succeeded (the dialog then closes).</extracomment>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Bezig…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>MatchingPage</name>
        <message>
            <source>Matching</source>
            <translation>Matching</translation>
        </message>
        <message>
            <source>Nog geen voorstellen. Kies het tabblad 'Per kind', typ de code van een kind en stel een passend gezin voor; of bereken een plaatsingsplan.</source>
            <translation>No proposals yet. Choose the 'Per child' tab, type a child's code and propose a suitable family; or calculate a placement plan.</translation>
        </message>
        <message>
            <source>Plaatsingsplan…</source>
            <translation>Placement plan…</translation>
        </message>
        <message>
            <source>Voor alle wachtende kinderen tegelijk de beste verdeling over de gezinnen (Ctrl+Shift+P); er wordt niets voorgesteld zonder uw bevestiging</source>
            <translation>The best distribution over the families for all waiting children at once (Ctrl+Shift+P); nothing is proposed without your confirmation</translation>
        </message>
        <message>
            <source>Gewichten…</source>
            <translation>Weights…</translation>
        </message>
        <message>
            <source>Hoe zwaar elk onderdeel meetelt in de score</source>
            <translation>How heavily each part counts in the score</translation>
        </message>
        <message>
            <source>Voorstellen en plaatsingen</source>
            <translation>Proposals and placements</translation>
        </message>
        <message>
            <source>Per kind</source>
            <translation>Per child</translation>
        </message>
        <message>
            <source>Per gezin</source>
            <translation>Per family</translation>
        </message>
        <message>
            <source>Alle voorstellen, nieuwste eerst, met de volgende stap (Alt+1)</source>
            <translation>All proposals, newest first, with the next step (Alt+1)</translation>
        </message>
        <message>
            <source>Passende gezinnen voor één kind, en waarom andere afvallen (Alt+2)</source>
            <translation>Suitable families for one child, and why others are ruled out (Alt+2)</translation>
        </message>
        <message>
            <source>Wachtende kinderen die één gezin zou kunnen helpen (Alt+3)</source>
            <translation>Waiting children that one family could help (Alt+3)</translation>
        </message>
        <message>
            <source>Alleen een beheerder kan de gewichten aanpassen.</source>
            <translation>Only an administrator can adjust the weights.</translation>
        </message>
        <message>
            <source>De gewichten zijn opgeslagen; de rangschikking gebruikt ze vanaf nu.</source>
            <translation>The weights have been saved; the ranking uses them from now on.</translation>
        </message>
    </context>
    <context>
        <name>MoveController</name>
        <message>
            <source>{name} staat nu in de fase {stage}.</source>
            <extracomment>A move was made (:class:`MoveOutcome`). A move was refused: household id and the sentence that says why.</extracomment>
            <translation>{name} is now in the stage {stage}.</translation>
        </message>
        <message>
            <source> (uiterlijk {date})</source>
            <translation> (by {date})</translation>
        </message>
        <message>
            <source>Volgende actie: {action}{when}.</source>
            <translation>Next action: {action}{when}.</translation>
        </message>
        <message>
            <source>{name} is al beschikbaar; dat is de laatste fase. Pauzeren of stoppen kan met de knoppen bij het gezin.</source>
            <translation>{name} is already available; that is the last stage. Pausing or stopping can be done with the buttons at the family.</translation>
        </message>
        <message>
            <source>{name} kan vanuit {stage} niet verder.</source>
            <translation>{name} cannot move on from {stage}.</translation>
        </message>
        <message>
            <source>{name} is {stage}. Hervat het gezin met Ctrl+→ of 'Volgende fase'.</source>
            <translation>{name} is {stage}. Resume the family with Ctrl+→ or 'Next stage'.</translation>
        </message>
        <message>
            <source>{name} staat in de eerste fase; verder terug kan niet.</source>
            <translation>{name} is in the first stage; it cannot go back any further.</translation>
        </message>
    </context>
    <context>
        <name>NewHouseholdDialog</name>
        <message>
            <source>Nieuw gezin</source>
            <translation>New family</translation>
        </message>
        <message>
            <source>bijvoorbeeld Familie De Vries</source>
            <translation>for example Familie De Vries</translation>
        </message>
        <message>
            <source>bijvoorbeeld van der</source>
            <translation>for example van der</translation>
        </message>
        <message>
            <source>bijvoorbeeld 3511 AB</source>
            <translation>for example 3511 AB</translation>
        </message>
        <message>
            <source>Naam van het gezin:</source>
            <translation>Family name:</translation>
        </message>
        <message>
            <source>Route:</source>
            <translation>Route:</translation>
        </message>
        <message>
            <source>Voornaam eerste volwassene:</source>
            <translation>First adult's first name:</translation>
        </message>
        <message>
            <source>Tussenvoegsel:</source>
            <translation>Name prefix:</translation>
        </message>
        <message>
            <source>Achternaam:</source>
            <translation>Surname:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Telefoon:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Postcode:</source>
            <translation>Postcode:</translation>
        </message>
        <message>
            <source>Komt het gezin uit een aanvraag? Kies dan op de pagina Aanvragen 'Aanmelden als gezin…': de gegevens gaan dan vanzelf mee.</source>
            <translation>Does the family come from a request? Then choose 'Register as family…' on the Requests page: the details are carried over automatically.</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
    </context>
    <context>
        <name>OfferDialog</name>
        <message>
            <source>Beschikbaarheid wijzigen</source>
            <translation>Edit availability</translation>
        </message>
        <message>
            <source>Beschikbaarheid toevoegen</source>
            <translation>Add availability</translation>
        </message>
        <message>
            <source>Ook in de schoolvakanties</source>
            <translation>Also during the school holidays</translation>
        </message>
        <message>
            <source> tegelijk</source>
            <translation> at a time</translation>
        </message>
        <message>
            <source>Leeftijd van</source>
            <translation>Age from</translation>
        </message>
        <message>
            <source>Leeftijd tot en met</source>
            <translation>Age up to and including</translation>
        </message>
        <message>
            <source>tot en met</source>
            <translation>up to and including</translation>
        </message>
        <message>
            <source>jaar</source>
            <translation>years</translation>
        </message>
        <message>
            <source>Broers en zussen samen zijn welkom</source>
            <translation>Siblings together are welcome</translation>
        </message>
        <message>
            <source>maakt niet uit</source>
            <translation>does not matter</translation>
        </message>
        <message>
            <source>Tijdelijk niet beschikbaar (zonder einddatum)</source>
            <translation>Temporarily unavailable (without an end date)</translation>
        </message>
        <message>
            <source>Zorgvorm:</source>
            <translation>Kind of care:</translation>
        </message>
        <message>
            <source>Aantal kinderen:</source>
            <translation>Number of children:</translation>
        </message>
        <message>
            <source>Leeftijd:</source>
            <translation>Age:</translation>
        </message>
        <message>
            <source>Broers en zussen:</source>
            <translation>Siblings:</translation>
        </message>
        <message>
            <source>Weekenden:</source>
            <translation>Weekends:</translation>
        </message>
        <message>
            <source>Vakanties:</source>
            <translation>Holidays:</translation>
        </message>
        <message>
            <source>Maximale afstand:</source>
            <translation>Maximum distance:</translation>
        </message>
        <message>
            <source>Geldig vanaf:</source>
            <translation>Valid from:</translation>
        </message>
        <message>
            <source>Geldig tot en met:</source>
            <translation>Valid up to and including:</translation>
        </message>
        <message>
            <source>Pauze:</source>
            <translation>Pause:</translation>
        </message>
        <message>
            <source>Opmerkingen:</source>
            <translation>Remarks:</translation>
        </message>
        <message>
            <source>Weekrooster:</source>
            <translation>Weekly schedule:</translation>
        </message>
        <message>
            <source>Kan omgaan met:</source>
            <translation>Can handle:</translation>
        </message>
        <message>
            <source>Pauzes (bijvoorbeeld niet in de zomer)</source>
            <translation>Pauses (for example not in the summer)</translation>
        </message>
        <message>
            <source>Pauzes van dit aanbod</source>
            <translation>Pauses of this offer</translation>
        </message>
        <message>
            <source>Pauze vanaf</source>
            <translation>Pause from</translation>
        </message>
        <message>
            <source>Pauze tot en met</source>
            <translation>Pause up to and including</translation>
        </message>
        <message>
            <source>reden, bijvoorbeeld zomervakantie</source>
            <translation>reason, for example summer holiday</translation>
        </message>
        <message>
            <source>Reden van de pauze</source>
            <translation>Reason for the pause</translation>
        </message>
        <message>
            <source>Pauze toevoegen</source>
            <translation>Add pause</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Gekozen pauze verwijderen</source>
            <translation>Remove the selected pause</translation>
        </message>
        <message>
            <source>van</source>
            <translation>from</translation>
        </message>
        <message>
            <source>t/m</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Pauzes worden meteen opgeslagen; ze gelden naast de gegevens hierboven.</source>
            <translation>Pauses are saved immediately; they apply in addition to the details above.</translation>
        </message>
        <message>
            <source>Sla het aanbod eerst op; daarna kunt u hier pauzes toevoegen.</source>
            <translation>Save the offer first; after that you can add pauses here.</translation>
        </message>
        <message>
            <source>Nieuw aanbod: er zijn nog geen kinderen via geplaatst.</source>
            <translation>New offer: no children have been placed through it yet.</translation>
        </message>
        <message>
            <source>Via dit aanbod is nu geen kind geplaatst.</source>
            <translation>No child is placed through this offer at the moment.</translation>
        </message>
        <message>
            <source>Via dit aanbod zijn nu {n} kind(eren) geplaatst.</source>
            <translation>{n} child(ren) are now placed through this offer.</translation>
        </message>
        <message>
            <source>Wat er over is: {summary} {placed}</source>
            <translation>What is left: {summary} {placed}</translation>
        </message>
        <message>
            <source>Bezet in het rooster: {cells}.</source>
            <translation>Taken in the schedule: {cells}.</translation>
        </message>
        <message>
            <source>Geen pauzes.</source>
            <translation>No pauses.</translation>
        </message>
        <message>
            <source>{start} t/m {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>Vul in van wanneer tot en met wanneer de pauze duurt.</source>
            <translation>Enter from when up to and including when the pause lasts.</translation>
        </message>
        <message>
            <source>Kies eerst de pauze die weg moet.</source>
            <translation>First choose the pause that should go.</translation>
        </message>
    </context>
    <context>
        <name>OffersModel</name>
        <message>
            <source>Zorgvorm</source>
            <translation>Kind of care</translation>
        </message>
        <message>
            <source>Leeftijd</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Weekenden</source>
            <translation>Weekends</translation>
        </message>
        <message>
            <source>Wat er over is</source>
            <translation>What is left</translation>
        </message>
        <message>
            <source>{low}–{high} jaar</source>
            <translation>{low}–{high} years</translation>
        </message>
    </context>
    <context>
        <name>OffersPanel</name>
        <message>
            <source>Wat het gezin kan bieden. 'Wat er over is' houdt rekening met de kinderen die er nu via zijn geplaatst.</source>
            <extracomment>Something was saved: the family should be reloaded.</extracomment>
            <translation>What the family can offer. 'What is left' takes into account the children now placed through it.</translation>
        </message>
        <message>
            <source>Beschikbaarheid van het gezin</source>
            <translation>Availability of the family</translation>
        </message>
        <message>
            <source>Nog geen beschikbaarheid vastgelegd. Voeg toe wat het gezin kan bieden, bijvoorbeeld 'deeltijd: weekenden' met het weekrooster.</source>
            <translation>No availability recorded yet. Add what the family can offer, for example 'part-time: weekends' with the weekly schedule.</translation>
        </message>
        <message>
            <source>Aanbod toevoegen…</source>
            <translation>Add offer…</translation>
        </message>
        <message>
            <source>Wijzigen…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Gekozen aanbod wijzigen</source>
            <translation>Edit the selected offer</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Gekozen aanbod verwijderen</source>
            <translation>Remove the selected offer</translation>
        </message>
        <message>
            <source>Kies eerst het aanbod dat u wilt wijzigen.</source>
            <translation>First choose the offer you want to edit.</translation>
        </message>
        <message>
            <source>Kies eerst het aanbod dat weg moet.</source>
            <translation>First choose the offer that should go.</translation>
        </message>
        <message>
            <source>Het aanbod '{care}' verwijderen? Dat kan niet ongedaan worden.</source>
            <translation>Remove the offer '{care}'? This cannot be undone.</translation>
        </message>
        <message>
            <source>Ja, verwijderen</source>
            <translation>Yes, remove</translation>
        </message>
        <message>
            <source>Niet verwijderen</source>
            <translation>Do not remove</translation>
        </message>
        <message>
            <source>Het aanbod '{care}' is verwijderd.</source>
            <translation>The offer '{care}' has been removed.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Bezig met berekenen…</source>
            <translation>Calculating…</translation>
        </message>
        <message>
            <source>Voortgang van het berekenen</source>
            <translation>Calculation progress</translation>
        </message>
        <message>
            <source>&amp;Rapport opslaan als PDF…</source>
            <translation>Save &amp;report as PDF…</translation>
        </message>
        <message>
            <source>Het hele overzicht als PDF voor een overleg: grafieken, kaart en tabellen, gedateerd</source>
            <translation>The whole overview as a PDF for a meeting: charts, map and tables, dated</translation>
        </message>
        <message>
            <source>Cijfers &amp;exporteren (XLSX/CSV)…</source>
            <translation>&amp;Export figures (XLSX/CSV)…</translation>
        </message>
        <message>
            <source>Alle tabellen van het overzicht als Excel-werkmap of als CSV-bestand</source>
            <translation>All tables of the overview as an Excel workbook or as a CSV file</translation>
        </message>
        <message>
            <source>Onderdelen van het overzicht</source>
            <translation>Sections of the overview</translation>
        </message>
        <message>
            <source>Trechter</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <source>Kanalen</source>
            <translation>Channels</translation>
        </message>
        <message>
            <source>Vraag en aanbod</source>
            <translation>Supply and demand</translation>
        </message>
        <message>
            <source>Opvolging</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>In de tijd</source>
            <translation>Over time</translation>
        </message>
        <message>
            <source>Bezig met berekenen: {keuze}…</source>
            <translation>Calculating: {keuze}…</translation>
        </message>
        <message>
            <source>De cijfers hieronder horen nog bij de vorige keuze; zo worden ze vervangen.</source>
            <translation>The figures below still belong to the previous choice; they will be replaced shortly.</translation>
        </message>
        <message>
            <source>wijk {naam}</source>
            <translation>district {naam}</translation>
        </message>
        <message>
            <source>alle wijken</source>
            <translation>all districts</translation>
        </message>
        <message>
            <source>Aanvragen ontvangen van {van} t/m {tot} · {aanbieder} · {wijk}</source>
            <translation>Requests received from {van} to {tot} · {aanbieder} · {wijk}</translation>
        </message>
        <message>
            <source>Cijfers berekend in {s} s.</source>
            <translation>Figures calculated in {s} s.</translation>
        </message>
        <message>
            <source>Gevolgd tot vandaag; vraag en aanbod en opvolging gaan over vandaag. Berekend om {tijd}. Aantallen kinderen onder de 5 staan er als "&lt;5".</source>
            <translation>Followed up to today; supply and demand and follow-up are about today. Calculated at {tijd}. Numbers of children below 5 are shown as "&lt;5".</translation>
        </message>
        <message>
            <source>Nog geen gegevens in deze periode. Nog geen aanvragen ontvangen van {van} t/m {tot} ({filter}). Kies een andere periode of aanbieder, of voer aanvragen in op de pagina Aanvragen.</source>
            <translation>No data in this period yet. No requests received from {van} to {tot} ({filter}). Choose another period or provider, or enter requests on the Requests page.</translation>
        </message>
        <message>
            <source>Kan zodra de cijfers berekend zijn.</source>
            <translation>Possible as soon as the figures have been calculated.</translation>
        </message>
        <message>
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Bezig met opslaan… ({pct}%)</source>
            <translation>Saving… ({pct}%)</translation>
        </message>
        <message>
            <source>Het rapport is opgeslagen als {pad} ({n} pagina's).</source>
            <translation>The report has been saved as {pad} ({n} pages).</translation>
        </message>
        <message>
            <source>De cijfers zijn opgeslagen als {pad} ({n} regels).</source>
            <translation>The figures have been saved as {pad} ({n} rows).</translation>
        </message>
        <message>
            <source>De cijfers zijn opgeslagen als {pad} ({n} bladen).</source>
            <translation>The figures have been saved as {pad} ({n} sheets).</translation>
        </message>
        <message>
            <source>Map openen</source>
            <translation>Open folder</translation>
        </message>
    </context>
    <context>
        <name>OverviewRunner</name>
        <message>
            <source>De cijfers konden niet worden berekend. Probeer het opnieuw met Beeld → Vernieuwen (F5); blijft het misgaan, meld het dan aan uw beheerder.</source>
            <extracomment>supply and demand of the whole city for the selection's provider (the map)</extracomment>
            <translation>The figures could not be calculated. Try again with View → Refresh (F5); if it keeps going wrong, report it to your administrator.</translation>
        </message>
    </context>
    <context>
        <name>OwnChildrenEditor</name>
        <message>
            <source>Eigen kinderen</source>
            <extracomment>Documents most families hand in; others can be typed. Field names of storage's validation that differ from the form's keys.</extracomment>
            <translation>Own children</translation>
        </message>
        <message>
            <source>Geboortejaar</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <source>woont thuis</source>
            <translation>lives at home</translation>
        </message>
        <message>
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Eigen kind toevoegen</source>
            <translation>Add own child</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Gekozen eigen kind verwijderen</source>
            <translation>Remove the selected own child</translation>
        </message>
        <message>
            <source>Geboren in</source>
            <translation>Born in</translation>
        </message>
        <message>
            <source>geboren in {year}, woont thuis</source>
            <translation>born in {year}, lives at home</translation>
        </message>
        <message>
            <source>geboren in {year}, woont niet (meer) thuis</source>
            <translation>born in {year}, no longer lives at home</translation>
        </message>
        <message>
            <source>geen eigen kinderen ingevuld</source>
            <translation>no own children entered</translation>
        </message>
    </context>
    <context>
        <name>PackSettingsDialog</name>
        <message>
            <source>Instellingen informatiepakket</source>
            <extracomment>Emitted with the ``PackSettings`` now in force after a successful save.</extracomment>
            <translation>Information pack settings</translation>
        </message>
        <message>
            <source>De afzenders en de teksten van het informatiepakket en het intakepakket. Wat u opslaat, geldt voor iedereen die met deze database werkt.</source>
            <translation>The senders and the texts of the information pack and the intake pack. What you save applies to everyone who works with this database.</translation>
        </message>
        <message>
            <source>Laden…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Onderdelen van de instellingen</source>
            <translation>Sections of the settings</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Kies links een tekst en pas hem rechts aan. Woorden tussen accolades, zoals {voornaam}, worden per pakket ingevuld.</source>
            <translation>Choose a text on the left and adjust it on the right. Words between braces, such as {voornaam}, are filled in for each pack.</translation>
        </message>
        <message>
            <source>Zoeken in de teksten…</source>
            <translation>Search in the texts…</translation>
        </message>
        <message>
            <source>Zoeken in de teksten</source>
            <translation>Search in the texts</translation>
        </message>
        <message>
            <source>Teksten van de pakketten</source>
            <translation>Texts of the packs</translation>
        </message>
        <message>
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Inhoud</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Kies links een tekst.</source>
            <translation>Choose a text on the left.</translation>
        </message>
        <message>
            <source>Standaardtekst terugzetten</source>
            <translation>Restore default text</translation>
        </message>
        <message>
            <source>Opschriften en kopjes</source>
            <translation>Titles and headings</translation>
        </message>
        <message>
            <source>Informatiepakket: de brief</source>
            <translation>Information pack: the letter</translation>
        </message>
        <message>
            <source>Informatiepakket: interesses</source>
            <translation>Information pack: interests</translation>
        </message>
        <message>
            <source>Informatiepakket: drie manieren om te helpen</source>
            <translation>Information pack: three ways to help</translation>
        </message>
        <message>
            <source>Informatiepakket: de stappen</source>
            <translation>Information pack: the steps</translation>
        </message>
        <message>
            <source>Informatiepakket: informatieavonden</source>
            <translation>Information pack: information evenings</translation>
        </message>
        <message>
            <source>Informatiepakket: QR-code</source>
            <translation>Information pack: QR code</translation>
        </message>
        <message>
            <source>Intakepakket</source>
            <translation>Intake pack</translation>
        </message>
        <message>
            <source>Intakepakket: vormen van zorg</source>
            <translation>Intake pack: kinds of care</translation>
        </message>
        <message>
            <source>Intakepakket: weekenden</source>
            <translation>Intake pack: weekends</translation>
        </message>
        <message>
            <source>Intakepakket: stappen van de intake</source>
            <translation>Intake pack: steps of the intake</translation>
        </message>
        <message>
            <source>Overige teksten</source>
            <translation>Other texts</translation>
        </message>
        <message>
            <source>(leeg)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>(aangepast)</source>
            <translation>(changed)</translation>
        </message>
        <message>
            <source>aangepast</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>Tekst: {name}</source>
            <translation>Text: {name}</translation>
        </message>
        <message>
            <source>Wordt per pakket ingevuld: {fields}.</source>
            <translation>Filled in for each pack: {fields}.</translation>
        </message>
        <message>
            <source>Deze tekst heeft geen velden die per pakket worden ingevuld.</source>
            <translation>This text has no fields that are filled in for each pack.</translation>
        </message>
        <message>
            <source>Er staat een losse accolade in deze tekst. Gebruik accolades alleen rond een veld, zoals {voornaam}.</source>
            <translation>There is a stray brace in this text. Only use braces around a field, such as {voornaam}.</translation>
        </message>
        <message>
            <source>Deze tekst is leeg: in het pakket komt hier niets te staan.</source>
            <translation>This text is empty: nothing will appear here in the pack.</translation>
        </message>
        <message>
            <source>Onbekend veld: {fields}. In het pakket komt daar ‹ontbreekt: …› te staan.</source>
            <translation>Unknown field: {fields}. The pack will show ‹missing: …› there.</translation>
        </message>
        <message>
            <source>De instellingen konden niet laden.</source>
            <translation>The settings could not be loaded.</translation>
        </message>
        <message>
            <source>De nieuwste versie is geladen; wat u had getypt, staat er nog. Controleer het en klik op Opslaan.</source>
            <translation>The latest version has been loaded; what you had typed is still there. Check it and click Save.</translation>
        </message>
        <message>
            <source>De gegevens van de afzenders zijn nog de voorbeeldwaarden van het programma. Controleer ze per tabblad en klik op Opslaan.</source>
            <translation>The senders' details are still the program's example values. Check them on each tab and click Save.</translation>
        </message>
        <message>
            <source>Teksten</source>
            <translation>Texts</translation>
        </message>
        <message>
            <source>Campagne (buiten de stad)</source>
            <translation>Campaign (outside the city)</translation>
        </message>
        <message>
            <source>Er zijn verplichte velden leeg.</source>
            <translation>Required fields are empty.</translation>
        </message>
        <message>
            <source>Vul eerst de verplichte velden van {org} in: {fields}.</source>
            <translation>First fill in the required fields of {org}: {fields}.</translation>
        </message>
        <message>
            <source>Er is niets gewijzigd.</source>
            <translation>Nothing has been changed.</translation>
        </message>
        <message>
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Het opslaan is niet gelukt.</source>
            <translation>Saving did not succeed.</translation>
        </message>
        <message>
            <source>Intussen gewijzigd</source>
            <translation>Changed in the meantime</translation>
        </message>
        <message>
            <source>Met ‘Nieuwste versie laden’ haalt u de versie van de ander op; wat u hier hebt getypt, blijft staan. Controleer het daarna en sla opnieuw op.</source>
            <translation>With ‘Load latest version’ you fetch the other person's version; what you typed here stays. Check it afterwards and save again.</translation>
        </message>
        <message>
            <source>Nieuwste versie laden</source>
            <translation>Load latest version</translation>
        </message>
        <message>
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Uw wijzigingen zijn nog niet opgeslagen.</source>
            <translation>Your changes have not been saved yet.</translation>
        </message>
        <message>
            <source>Wilt u ze weggooien, of terug om ze op te slaan?</source>
            <translation>Do you want to discard them, or go back to save them?</translation>
        </message>
        <message>
            <source>Wijzigingen weggooien</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>Terug</source>
            <translation>Back</translation>
        </message>
    </context>
    <context>
        <name>PacksDialog</name>
        <message>
            <source>1 pagina</source>
            <extracomment>Lines in the list of missing data; the rest is summed up in one line.</extracomment>
            <translation>1 page</translation>
        </message>
        <message>
            <source>{n} pagina's</source>
            <translation>{n} pages</translation>
        </message>
        <message>
            <source>Wordt gestopt…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>Het PDF-bestand kan niet worden gelezen ({error}). Maak het opnieuw.</source>
            <extracomment>Pages are rasterised for the printer at its own resolution, but never finer than this: 300 dpi is what office printers print text at, and an A4 page at a printer's nominal 1,200 dpi would be a 550 MB image.</extracomment>
            <translation>The PDF file cannot be read ({error}). Make it again.</translation>
        </message>
        <message>
            <source>De printer kan niet worden gestart. Controleer of hij aan staat en verbonden is, en probeer het opnieuw.</source>
            <translation>The printer cannot be started. Check that it is switched on and connected, and try again.</translation>
        </message>
        <message>
            <source>Afzender {name}: {fields}</source>
            <translation>Sender {name}: {fields}</translation>
        </message>
        <message>
            <source>Afzender {name}: {fields} (in {n} pakketten)</source>
            <translation>Sender {name}: {fields} (in {n} packs)</translation>
        </message>
        <message>
            <source>{subject}: {fields}</source>
            <translation>{subject}: {fields}</translation>
        </message>
        <message>
            <source>… en nog {n} pakketten met ontbrekende gegevens.</source>
            <translation>… and {n} more packs with missing details.</translation>
        </message>
        <message>
            <source>{n} regels met ontbrekende gegevens</source>
            <translation>{n} lines with missing details</translation>
        </message>
        <message>
            <source>Let op: er ontbreken gegevens. Daar komt ‹ontbreekt: …› in het pakket te staan. Vul ze aan en maak het pakket opnieuw, of druk het zo af.</source>
            <translation>Note: some details are missing. The pack will show ‹missing: …› there. Complete them and make the pack again, or print it as it is.</translation>
        </message>
        <message>
            <source>Let op: in {n} van de {total} pakketten ontbreken gegevens. Daar komt ‹ontbreekt: …› te staan. Vul ze aan en maak de pakketten opnieuw, of druk ze zo af.</source>
            <translation>Note: details are missing in {n} of the {total} packs. They will show ‹missing: …› there. Complete them and make the packs again, or print them as they are.</translation>
        </message>
        <message>
            <source>De gegevens van de afzenders (naam, contactpersoon, telefoon, adres, website) zijn nog de voorbeeldwaarden van het programma. Controleer ze met ‘Afzenders en teksten…’ en sla ze op voordat u pakketten verstuurt.</source>
            <translation>The senders' details (name, contact person, phone, address, website) are still the program's example values. Check them with ‘Senders and texts…’ and save them before you send packs.</translation>
        </message>
        <message>
            <source>De gegevens van de afzenders (naam, contactpersoon, telefoon, adres, website) zijn nog de voorbeeldwaarden van het programma. Controleer ze met Bestand → Instellingen informatiepakket… en sla ze op voordat u pakketten verstuurt.</source>
            <translation>The senders' details (name, contact person, phone, address, website) are still the program's example values. Check them with File → Information pack settings… and save them before you send packs.</translation>
        </message>
        <message>
            <source>Hier verschijnt het voorbeeld. Kies links de aanvragen en klik op ‘Pakketten maken’.</source>
            <extracomment>The request ids just marked "pakket verstuurd" (the Aanvragen page refreshes).</extracomment>
            <translation>The preview appears here. Choose the requests on the left and click ‘Make packs’.</translation>
        </message>
        <message>
            <source>informatiepakketten</source>
            <translation>information packs</translation>
        </message>
        <message>
            <source>Informatiepakketten</source>
            <translation>Information packs</translation>
        </message>
        <message>
            <source>Alle nieuwe aanvragen zonder pakket ({n})</source>
            <translation>All new requests without a pack ({n})</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Alle nieuwe aanvragen zonder pakket</source>
            <translation>All new requests without a pack</translation>
        </message>
        <message>
            <source>De geselecteerde aanvragen ({n})</source>
            <translation>The selected requests ({n})</translation>
        </message>
        <message>
            <source>De geselecteerde aanvragen (geen)</source>
            <translation>The selected requests (none)</translation>
        </message>
        <message>
            <source>Selecteer aanvragen op de pagina Aanvragen en kies daar ‘Pakket voor selectie…’.</source>
            <translation>Select requests on the Requests page and choose ‘Pack for selection…’ there.</translation>
        </message>
        <message>
            <source>De aanvragen worden gecontroleerd…</source>
            <translation>Checking the requests…</translation>
        </message>
        <message>
            <source>De aanvragen konden niet worden gecontroleerd.</source>
            <translation>The requests could not be checked.</translation>
        </message>
        <message>
            <source>Er zijn geen nieuwe aanvragen zonder pakket.</source>
            <translation>There are no new requests without a pack.</translation>
        </message>
        <message>
            <source>Er zijn geen aanvragen geselecteerd.</source>
            <translation>No requests have been selected.</translation>
        </message>
        <message>
            <source>Er zijn geen nieuwe aanvragen zonder pakket. Nieuwe aanvragen komen binnen via de website, een evenement of een import; kies anders aanvragen op de pagina Aanvragen en gebruik ‘Pakket voor selectie…’.</source>
            <translation>There are no new requests without a pack. New requests come in through the website, an event or an import; otherwise choose requests on the Requests page and use ‘Pack for selection…’.</translation>
        </message>
        <message>
            <source>Voor deze aanvragen kunnen nog geen pakketten worden gemaakt.</source>
            <translation>No packs can be made for these requests yet.</translation>
        </message>
        <message>
            <source>Deze aanvraag is niet meer nieuw of kreeg al een pakket; ze krijgt er nu nog een.</source>
            <translation>This request is no longer new or already received a pack; it will now get another one.</translation>
        </message>
        <message>
            <source>{n} van de {total} aanvragen zijn niet meer nieuw of kregen al een pakket; ook zij krijgen er nu een.</source>
            <translation>{n} of the {total} requests are no longer new or already received a pack; they will get one now too.</translation>
        </message>
        <message>
            <source>{name} {n}</source>
            <translation>{name} {n}</translation>
        </message>
        <message>
            <source>1 informatiepakket</source>
            <translation>1 information pack</translation>
        </message>
        <message>
            <source>{n} informatiepakketten</source>
            <translation>{n} information packs</translation>
        </message>
        <message>
            <source>{head}. Afzender (volgt uit de wijk): {senders}.</source>
            <translation>{head}. Sender (follows from the district): {senders}.</translation>
        </message>
        <message>
            <source>De pakketten worden gemaakt…</source>
            <translation>Making the packs…</translation>
        </message>
        <message>
            <source>Gestopt: er is niets gemaakt en niets als verstuurd gemarkeerd. Klik opnieuw op ‘Pakketten maken’ als u toch wilt doorgaan.</source>
            <translation>Stopped: nothing was made and nothing was marked as sent. Click ‘Make packs’ again if you want to continue after all.</translation>
        </message>
        <message>
            <source>{head} gemaakt, {pages}. Bekijk ze rechts.</source>
            <translation>{head} made, {pages}. View them on the right.</translation>
        </message>
        <message>
            <source>Sla de pakketten op of druk ze af. Daarna markeert u ze als verstuurd.</source>
            <translation>Save or print the packs. After that, mark them as sent.</translation>
        </message>
        <message>
            <source>Maken mislukt.</source>
            <translation>Making failed.</translation>
        </message>
        <message>
            <source>Pakket {done} van {total} wordt gemaakt…</source>
            <translation>Making pack {done} of {total}…</translation>
        </message>
        <message>
            <source>Gaan de pakketten de deur uit? Klik dan op ‘Markeren als verstuurd’.</source>
            <translation>Are the packs going out? Then click ‘Mark as sent’.</translation>
        </message>
        <message>
            <source>Pakketten versturen</source>
            <translation>Send packs</translation>
        </message>
        <message>
            <source>Gaan deze pakketten de deur uit?</source>
            <translation>Are these packs going out?</translation>
        </message>
        <message>
            <source>Markeer dan de {n} aanvragen als ‘pakket verstuurd’ met de datum van vandaag ({date}). Zo krijgen ze geen tweede pakket.</source>
            <translation>Then mark the {n} requests as ‘pack sent’ with today's date ({date}). That way they do not get a second pack.</translation>
        </message>
        <message>
            <source>Markeren als verstuurd</source>
            <translation>Mark as sent</translation>
        </message>
        <message>
            <source>Nog niet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>1 aanvraag gemarkeerd als ‘pakket verstuurd’ op {date}.</source>
            <translation>1 request marked as ‘pack sent’ on {date}.</translation>
        </message>
        <message>
            <source>{n} aanvragen gemarkeerd als ‘pakket verstuurd’ op {date}.</source>
            <translation>{n} requests marked as ‘pack sent’ on {date}.</translation>
        </message>
        <message>
            <source>Niet gemarkeerd (intussen verwijderd, samengevoegd of geanonimiseerd): {ids}.</source>
            <translation>Not marked (deleted, merged or anonymised in the meantime): {ids}.</translation>
        </message>
        <message>
            <source>Informatiepakketten afdrukken</source>
            <translation>Print information packs</translation>
        </message>
        <message>
            <source>1. Welke aanvragen?</source>
            <translation>1. Which requests?</translation>
        </message>
        <message>
            <source>Stap 1: welke aanvragen krijgen een pakket</source>
            <translation>Step 1: which requests get a pack</translation>
        </message>
        <message>
            <source>De geselecteerde aanvragen</source>
            <translation>The selected requests</translation>
        </message>
        <message>
            <source>2. Controleren</source>
            <translation>2. Check</translation>
        </message>
        <message>
            <source>Stap 2: controleren of alle gegevens er zijn</source>
            <translation>Step 2: check that all details are there</translation>
        </message>
        <message>
            <source>Laden…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Ontbrekende gegevens</source>
            <translation>Missing details</translation>
        </message>
        <message>
            <source>Per pakket de gegevens die ontbreken; daar komt ‹ontbreekt: …› in het pakket te staan.</source>
            <translation>For each pack, the details that are missing; the pack will show ‹missing: …› there.</translation>
        </message>
        <message>
            <source>Afzenders en teksten…</source>
            <translation>Senders and texts…</translation>
        </message>
        <message>
            <source>Afzenders en teksten van het pakket aanpassen</source>
            <translation>Adjust the senders and texts of the pack</translation>
        </message>
        <message>
            <source>3. Maken en bekijken</source>
            <translation>3. Make and view</translation>
        </message>
        <message>
            <source>Stap 3: de pakketten maken en bekijken</source>
            <translation>Step 3: make and view the packs</translation>
        </message>
        <message>
            <source>Pakketten maken</source>
            <translation>Make packs</translation>
        </message>
        <message>
            <source>Voortgang</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Maken annuleren</source>
            <translation>Cancel making</translation>
        </message>
        <message>
            <source>4. Opslaan, afdrukken en versturen</source>
            <translation>4. Save, print and send</translation>
        </message>
        <message>
            <source>Stap 4: opslaan, afdrukken en als verstuurd markeren</source>
            <translation>Step 4: save, print and mark as sent</translation>
        </message>
        <message>
            <source>Opslaan als PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Opslaan als PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Afdrukken…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Afdrukken</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Adresetiketten…</source>
            <translation>Address labels…</translation>
        </message>
        <message>
            <source>Adresetiketten voor dezelfde aanvragen</source>
            <translation>Address labels for the same requests</translation>
        </message>
        <message>
            <source>Markeren als pakket verstuurd</source>
            <translation>Mark as pack sent</translation>
        </message>
        <message>
            <source>Voorbeeld</source>
            <translation>Preview</translation>
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
            <extracomment>The page's key in ``storage.lists.PAGE_KEYS`` and in the stored settings. Emitted with a short sentence for the status bar (e.g. how many rows are shown). The database, the logged-in user, the interface state and the clock.</extracomment>
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
        <name>PassphraseDialog</name>
        <message>
            <source>Versleutelde database – Utregs Plekkie</source>
            <translation>Encrypted database – Utregs Plekkie</translation>
        </message>
        <message>
            <source>Wachtwoordzin van de database</source>
            <translation>Passphrase of the database</translation>
        </message>
        <message>
            <source>Het bestand {path} is geen gewone database: het is versleuteld, of het is beschadigd. Is het versleuteld, typ dan de wachtwoordzin.</source>
            <translation>The file {path} is not an ordinary database: it is encrypted, or it is damaged. If it is encrypted, type the passphrase.</translation>
        </message>
        <message>
            <source>De database {path} is versleuteld. Typ de wachtwoordzin om hem te openen.</source>
            <translation>The database {path} is encrypted. Type the passphrase to open it.</translation>
        </message>
        <message>
            <source>Wachtwoordzin</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>De wachtwoordzin staat in de wachtwoordkluis van de organisatie. Zonder de juiste wachtwoordzin is de database niet te openen.</source>
            <translation>The passphrase is in the organisation's password vault. Without the right passphrase the database cannot be opened.</translation>
        </message>
        <message>
            <source>Afsluiten</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Niet versleuteld: bestand controleren</source>
            <translation>Not encrypted: check file</translation>
        </message>
        <message>
            <source>Openen</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Wachtwoord opnieuw instellen</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>Een nieuw wachtwoord voor {name} ({username}).</source>
            <translation>A new password for {name} ({username}).</translation>
        </message>
        <message>
            <source>Wachtwoord instellen</source>
            <translation>Set password</translation>
        </message>
    </context>
    <context>
        <name>PdfOutput</name>
        <message>
            <source>Opslaan als PDF</source>
            <extracomment>Saving or printing started or ended (buttons follow ``busy``).</extracomment>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Opgeslagen als {path}.</source>
            <translation>Saved as {path}.</translation>
        </message>
        <message>
            <source>Het opslaan is niet gelukt.</source>
            <translation>Saving did not succeed.</translation>
        </message>
        <message>
            <source>Afdrukken: {title}</source>
            <translation>Printing: {title}</translation>
        </message>
        <message>
            <source>Afdrukken gestopt na {pages}. Haal wat al gedrukt is uit de printer en druk opnieuw af als dat nodig is.</source>
            <translation>Printing stopped after {pages}. Take what has already been printed out of the printer and print again if needed.</translation>
        </message>
        <message>
            <source>Afgedrukt: {pages} naar {printer}.</source>
            <translation>Printed: {pages} to {printer}.</translation>
        </message>
        <message>
            <source>Het afdrukken is niet gelukt.</source>
            <translation>Printing did not succeed.</translation>
        </message>
        <message>
            <source>Afdrukken: pagina {done} van {total}</source>
            <translation>Printing: page {done} of {total}</translation>
        </message>
        <message>
            <source>een PDF-bestand</source>
            <translation>a PDF file</translation>
        </message>
        <message>
            <source>de printer</source>
            <translation>the printer</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>◀ Vorige</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <source>Vorige pagina</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>Pagina</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Paginanummer</source>
            <translation>Page number</translation>
        </message>
        <message>
            <source>Volgende ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <source>Volgende pagina</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Kleiner</source>
            <translation>Smaller</translation>
        </message>
        <message>
            <source>Kleiner (Ctrl+-)</source>
            <translation>Smaller (Ctrl+-)</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Paginabreedte</source>
            <translation>Page width</translation>
        </message>
        <message>
            <source>Hele pagina</source>
            <translation>Whole page</translation>
        </message>
        <message>
            <source>Groter</source>
            <translation>Larger</translation>
        </message>
        <message>
            <source>Groter (Ctrl++)</source>
            <translation>Larger (Ctrl++)</translation>
        </message>
        <message>
            <source>Voorbeeld van het PDF-bestand</source>
            <translation>Preview of the PDF file</translation>
        </message>
        <message>
            <source>Het voorbeeld kan niet worden getoond ({error}). Maak het opnieuw.</source>
            <translation>The preview cannot be shown ({error}). Make it again.</translation>
        </message>
        <message>
            <source>van {n}</source>
            <translation>of {n}</translation>
        </message>
        <message>
            <source>Pagina {page} van {n}</source>
            <translation>Page {page} of {n}</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gegevens</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>een &amp;aanvraag (belangstellende)</source>
            <translation>a &amp;request (interested person)</translation>
        </message>
        <message>
            <source>een &amp;gezin</source>
            <translation>a &amp;family</translation>
        </message>
        <message>
            <source>Het verzoek gaat over:</source>
            <translation>The request is about:</translation>
        </message>
        <message>
            <source>naam, e-mail, telefoon, postcode of nummer</source>
            <translation>name, e-mail, phone, postcode or number</translation>
        </message>
        <message>
            <source>Zoek de persoon</source>
            <translation>Find the person</translation>
        </message>
        <message>
            <source>&amp;Zoeken</source>
            <translation>S&amp;earch</translation>
        </message>
        <message>
            <source>Gevonden personen</source>
            <translation>People found</translation>
        </message>
        <message>
            <source>Zoeken…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>Niemand gevonden. Probeer een deel van de naam of het nummer.</source>
            <translation>Nobody found. Try part of the name or the number.</translation>
        </message>
        <message>
            <source>Kies de juiste persoon in de lijst.</source>
            <translation>Choose the right person in the list.</translation>
        </message>
    </context>
    <context>
        <name>PlaceDialog</name>
        <message>
            <source>Plaatsen</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Kind {code} wordt geplaatst bij {gezin}. De plaatsing gebruikt vanaf de startdatum een plek van het aanbod.</source>
            <translation>Child {code} will be placed with {gezin}. From the start date the placement uses a place of the offer.</translation>
        </message>
        <message>
            <source>Startdatum</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>&amp;Startdatum:</source>
            <translation>&amp;Start date:</translation>
        </message>
        <message>
            <source>&amp;Dagdelen:</source>
            <translation>&amp;Parts of days:</translation>
        </message>
        <message>
            <source>Rooster:</source>
            <translation>Schedule:</translation>
        </message>
        <message>
            <source>voltijd: de hele week</source>
            <translation>full-time: the whole week</translation>
        </message>
        <message>
            <source>Vul de startdatum van de plaatsing in.</source>
            <translation>Enter the start date of the placement.</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Plaatsingsplan</source>
            <extracomment>Emitted after proposals were made (the page reloads its lists).</extracomment>
            <translation>Placement plan</translation>
        </message>
        <message>
            <source>Het plan zoekt voor alle wachtende kinderen tegelijk de verdeling over de gezinnen met de hoogste totale score, binnen de vrije plekken; broers en zussen blijven samen. Er wordt niets voorgesteld tot u suggesties aanvinkt en op 'Aangevinkte voorstellen doen' klikt.</source>
            <translation>For all waiting children at once, the plan looks for the distribution over the families with the highest total score, within the free places; siblings stay together. Nothing is proposed until you tick suggestions and click 'Make ticked proposals'.</translation>
        </message>
        <message>
            <source>Voorgestelde plaatsingen</source>
            <translation>Suggested placements</translation>
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
            <source>Samen met</source>
            <translation>Together with</translation>
        </message>
        <message>
            <source>Resultaat</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Kinderen zonder gezin in dit plan</source>
            <translation>Children without a family in this plan</translation>
        </message>
        <message>
            <source>Waarom</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Kinderen zonder gezin</source>
            <translation>Children without a family</translation>
        </message>
        <message>
            <source>Alles aanvinken</source>
            <translation>Tick all</translation>
        </message>
        <message>
            <source>Niets aanvinken</source>
            <translation>Untick all</translation>
        </message>
        <message>
            <source>Opnieuw berekenen</source>
            <translation>Calculate again</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Gezinnen en wachtende kinderen laden…</source>
            <translation>Loading families and waiting children…</translation>
        </message>
        <message>
            <source>Het plan kon niet worden berekend.</source>
            <translation>The plan could not be calculated.</translation>
        </message>
        <message>
            <source>Het plan is afgebroken; er is niets voorgesteld.</source>
            <translation>The plan was stopped; nothing was proposed.</translation>
        </message>
        <message>
            <source>Klaar</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>{placed} kinderen krijgen een gezin, {left} (nog) niet. Totale score {total}.</source>
            <translation>{placed} children get a family, {left} do not (yet). Total score {total}.</translation>
        </message>
        <message>
            <source>Het rekenen is na de tijdslimiet gestopt: dit is het beste plan dat gevonden is.</source>
            <translation>Calculating stopped after the time limit: this is the best plan found.</translation>
        </message>
        <message>
            <source>Het plan vindt nu voor geen enkel kind een gezin; de redenen staan hieronder.</source>
            <translation>The plan does not find a family for any child at the moment; the reasons are below.</translation>
        </message>
        <message>
            <source>gezin {id}</source>
            <translation>family {id}</translation>
        </message>
        <message>
            <source>Aangevinkte voorstellen doen ({n})</source>
            <translation>Make ticked proposals ({n})</translation>
        </message>
        <message>
            <source>Voorstellen doen…</source>
            <translation>Make proposals…</translation>
        </message>
        <message>
            <source>voorgesteld</source>
            <translation>proposed</translation>
        </message>
        <message>
            <source>niet gelukt: {reden}</source>
            <translation>did not succeed: {reden}</translation>
        </message>
        <message>
            <source>{n} voorstel(len) gedaan.</source>
            <translation>{n} proposal(s) made.</translation>
        </message>
        <message>
            <source>{n} lukte(n) niet, omdat er intussen iets veranderde; zie de kolom Resultaat. Bereken het plan opnieuw.</source>
            <translation>{n} did not succeed because something changed in the meantime; see the Result column. Calculate the plan again.</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Laatste voortgang</source>
            <translation>Latest progress</translation>
        </message>
        <message>
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>aanvraag</source>
            <translation>request</translation>
        </message>
        <message>
            <source>gezin</source>
            <translation>family</translation>
        </message>
    </context>
    <context>
        <name>ProposalPanel</name>
        <message>
            <source>Gekozen voorstel</source>
            <extracomment>Emitted with the child's code after a step succeeded.</extracomment>
            <translation>Selected proposal</translation>
        </message>
        <message>
            <source>Kies een voorstel</source>
            <translation>Choose a proposal</translation>
        </message>
        <message>
            <source>Kennismaking gestart</source>
            <translation>Getting acquainted started</translation>
        </message>
        <message>
            <source>Geaccepteerd</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Iedereen is het na de kennismaking eens</source>
            <translation>Everyone agrees after getting acquainted</translation>
        </message>
        <message>
            <source>Plaatsen…</source>
            <translation>Place…</translation>
        </message>
        <message>
            <source>Afwijzen…</source>
            <translation>Decline…</translation>
        </message>
        <message>
            <source>Plaatsing beëindigen…</source>
            <translation>End placement…</translation>
        </message>
        <message>
            <source>Vastgelegd bij het voorstel</source>
            <translation>Recorded with the proposal</translation>
        </message>
        <message>
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Kies een voorstel: u ziet dan wat er bij het voorstel is vastgelegd (score en uitleg), de geschiedenis en de volgende stap.</source>
            <translation>Choose a proposal: you then see what was recorded with the proposal (score and explanation), the history and the next step.</translation>
        </message>
        <message>
            <source>Kind {code} bij {gezin}</source>
            <translation>Child {code} with {gezin}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Score bij het voorstel: {score}</source>
            <translation>Score at the time of the proposal: {score}</translation>
        </message>
        <message>
            <source>Voorgesteld op {datum}</source>
            <translation>Proposed on {datum}</translation>
        </message>
        <message>
            <source>Aanbod: {zorgvorm}</source>
            <translation>Offer: {zorgvorm}</translation>
        </message>
        <message>
            <source>Gewenste start: {datum}</source>
            <translation>Desired start: {datum}</translation>
        </message>
        <message>
            <source>Dagdelen: {rooster}</source>
            <translation>Parts of days: {rooster}</translation>
        </message>
        <message>
            <source>Geplaatst vanaf {datum}</source>
            <translation>Placed from {datum}</translation>
        </message>
        <message>
            <source>, laatste dag {datum}</source>
            <translation>, last day {datum}</translation>
        </message>
        <message>
            <source>Reden van afwijzen: {reden}</source>
            <translation>Reason for declining: {reden}</translation>
        </message>
        <message>
            <source>{onderdeel}: {waarde}</source>
            <translation>{onderdeel}: {waarde}</translation>
        </message>
        <message>
            <source>Nog geen stappen.</source>
            <translation>No steps yet.</translation>
        </message>
        <message>
            <source>Vernieuwen</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>De kennismaking is vastgelegd.</source>
            <translation>Getting acquainted has been recorded.</translation>
        </message>
        <message>
            <source>Het voorstel is geaccepteerd. Kies 'Plaatsen…' als de startdatum bekend is.</source>
            <translation>The proposal has been accepted. Choose 'Place…' when the start date is known.</translation>
        </message>
        <message>
            <source>Het voorstel is afgewezen; de reden is bewaard.</source>
            <translation>The proposal has been declined; the reason has been kept.</translation>
        </message>
        <message>
            <source>Het kind is geplaatst.</source>
            <translation>The child has been placed.</translation>
        </message>
        <message>
            <source>De plaatsing is beëindigd.</source>
            <translation>The placement has ended.</translation>
        </message>
    </context>
    <context>
        <name>ProposeDialog</name>
        <message>
            <source>Voorstellen</source>
            <translation>Propose</translation>
        </message>
        <message>
            <source>Kind {code} voorstellen aan {gezin}?</source>
            <translation>Propose child {code} to {gezin}?</translation>
        </message>
        <message>
            <source>Broers/zussen {codes} worden samen voorgesteld, bij hetzelfde gezin.</source>
            <translation>Siblings {codes} are proposed together, to the same family.</translation>
        </message>
        <message>
            <source>Score {score}. De score, de onderdelen en de uitleg worden nu vastgelegd bij het voorstel; latere wijzigingen veranderen ze niet.</source>
            <translation>Score {score}. The score, its parts and the explanation are now recorded with the proposal; later changes do not alter them.</translation>
        </message>
        <message>
            <source>Daarna volgt de kennismaking; een mens beslist over elke stap.</source>
            <translation>Getting acquainted follows; a person decides on every step.</translation>
        </message>
        <message>
            <source>Notitie (niet verplicht)</source>
            <translation>Note (optional)</translation>
        </message>
        <message>
            <source>Notitie bij het voorstel</source>
            <translation>Note on the proposal</translation>
        </message>
    </context>
    <context>
        <name>RegistrationModel</name>
        <message>
            <source>aanwezig</source>
            <extracomment>Ticks changed (the number of unsaved changes).</extracomment>
            <translation>present</translation>
        </message>
        <message>
            <source>afwezig</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>aangemeld</source>
            <translation>registered</translation>
        </message>
        <message>
            <source>uitgenodigd</source>
            <translation>invited</translation>
        </message>
        <message>
            <source>Aanwezig</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
            <source>{name}: aanwezig</source>
            <translation>{name}: present</translation>
        </message>
        <message>
            <source>{name}: niet aangevinkt</source>
            <translation>{name}: not ticked</translation>
        </message>
        <message>
            <source>Aanvinken als {name} er was</source>
            <translation>Tick if {name} was there</translation>
        </message>
    </context>
    <context>
        <name>RequestDetail</name>
        <message>
            <source>Details van de aanvraag</source>
            <translation>Details of the request</translation>
        </message>
        <message>
            <source>Kies een aanvraag in de lijst om haar te bekijken en te wijzigen, of maak een nieuwe aan met 'Nieuwe aanvraag…' (Ctrl+N).</source>
            <translation>Choose a request in the list to view and edit it, or create a new one with 'New request…' (Ctrl+N).</translation>
        </message>
        <message>
            <source>Status en opvolging</source>
            <translation>Status and follow-up</translation>
        </message>
        <message>
            <source>Gegevens</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Wijzigingen terugdraaien</source>
            <translation>Undo changes</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Wijzigingen opslaan (Ctrl+S)</source>
            <translation>Save changes (Ctrl+S)</translation>
        </message>
        <message>
            <source>Lijkt op een andere aanvraag</source>
            <translation>Resembles another request</translation>
        </message>
        <message>
            <source>Vergelijken en samenvoegen…</source>
            <translation>Compare and merge…</translation>
        </message>
        <message>
            <source>Toestemming</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Geschiedenis van de status</source>
            <translation>Status history</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>De wijzigingen aan {name} zijn nog niet opgeslagen. Eerst opslaan, of weggooien en de andere aanvraag openen?</source>
            <translation>The changes to {name} have not been saved yet. Save first, or discard them and open the other request?</translation>
        </message>
        <message>
            <source>deze aanvraag</source>
            <translation>this request</translation>
        </message>
        <message>
            <source>Weggooien</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Hier blijven</source>
            <translation>Stay here</translation>
        </message>
        <message>
            <source>(geanonimiseerd)</source>
            <translation>(anonymised)</translation>
        </message>
        <message>
            <source>(zonder naam)</source>
            <translation>(without a name)</translation>
        </message>
        <message>
            <source>Aanvraag {id}</source>
            <translation>Request {id}</translation>
        </message>
        <message>
            <source>ontvangen {when}</source>
            <translation>received {when}</translation>
        </message>
        <message>
            <source>bron: {source}</source>
            <translation>source: {source}</translation>
        </message>
        <message>
            <source>evenement: {name}</source>
            <translation>event: {name}</translation>
        </message>
        <message>
            <source>Deze aanvraag is samengevoegd met aanvraag {id}; daar staat alles bij elkaar.</source>
            <translation>This request has been merged with request {id}; everything is brought together there.</translation>
        </message>
        <message>
            <source>Aanvraag {id} openen</source>
            <translation>Open request {id}</translation>
        </message>
        <message>
            <source>Status: {status} (sinds {date})</source>
            <translation>Status: {status} (since {date})</translation>
        </message>
        <message>
            <source>Toestemming ingetrokken: geen contact meer opnemen.</source>
            <translation>Consent withdrawn: do not contact any more.</translation>
        </message>
        <message>
            <source>Reden: {reason}</source>
            <translation>Reason: {reason}</translation>
        </message>
        <message>
            <source>Deze aanvraag is een gezin geworden; volg het verder op de pagina Gezinnen.</source>
            <translation>This request has become a family; follow it up on the Families page.</translation>
        </message>
        <message>
            <source>Geen opvolgdatum.</source>
            <translation>No follow-up date.</translation>
        </message>
        <message>
            <source>Te laat: {text}</source>
            <translation>Overdue: {text}</translation>
        </message>
        <message>
            <source>Status wijzigen naar '{status}'</source>
            <translation>Change status to '{status}'</translation>
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
            <source>Geen toestemming vastgelegd.</source>
            <translation>No consent recorded.</translation>
        </message>
        <message>
            <source>Contact opnemen: {contact} · gegevens bewaren: {store} · gegeven op {when} · tekst versie {version}</source>
            <translation>Get in touch: {contact} · keep data: {store} · given on {when} · text version {version}</translation>
        </message>
        <message>
            <source>Ingetrokken op {when}: geen contact meer opnemen.</source>
            <translation>Withdrawn on {when}: do not contact any more.</translation>
        </message>
        <message>
            <source>Getoonde tekst: “{text}”</source>
            <translation>Text shown: “{text}”</translation>
        </message>
        <message>
            <source>opnieuw contact op {date}</source>
            <translation>get in touch again on {date}</translation>
        </message>
        <message>
            <source>(uit aanvraag {id})</source>
            <translation>(from request {id})</translation>
        </message>
        <message>
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Nieuwste versie laden</source>
            <translation>Load latest version</translation>
        </message>
        <message>
            <source>De nieuwste versie is geladen; wat u had ingevuld staat er nog. Kijk het na en kies Opslaan.</source>
            <translation>The latest version has been loaded; what you had entered is still there. Check it and choose Save.</translation>
        </message>
        <message>
            <source>Status gewijzigd naar '{status}'.</source>
            <extracomment>Something about this request was saved (its id): the list and counts follow. The user wants another request shown (after a merge, or "open merged").</extracomment>
            <translation>Status changed to '{status}'.</translation>
        </message>
        <message>
            <source>Aanvraag {merged} is samengevoegd met aanvraag {keep}. De geschiedenis van beide staat hieronder.</source>
            <translation>Request {merged} has been merged with request {keep}. The history of both is shown below.</translation>
        </message>
        <message>
            <source>Opnieuw laden</source>
            <translation>Reload</translation>
        </message>
    </context>
    <context>
        <name>RequestDialogs</name>
        <message>
            <source>Pakket verstuurd…</source>
            <translation>Pack sent…</translation>
        </message>
        <message>
            <source>Gebeld…</source>
            <translation>Called…</translation>
        </message>
        <message>
            <source>Informatieavond…</source>
            <translation>Information evening…</translation>
        </message>
        <message>
            <source>Aangemeld: gezin maken…</source>
            <translation>Registered: make family…</translation>
        </message>
        <message>
            <source>Afgehaakt…</source>
            <translation>Dropped out…</translation>
        </message>
        <message>
            <source>Niet nu…</source>
            <translation>Not now…</translation>
        </message>
        <message>
            <source>Status wijzigen</source>
            <translation>Change status</translation>
        </message>
        <message>
            <source>{name}: van '{current}' naar '{target}'</source>
            <translation>{name}: from '{current}' to '{target}'</translation>
        </message>
        <message>
            <source>zonder naam</source>
            <translation>without a name</translation>
        </message>
        <message>
            <source>Let op: u slaat {steps} over. Een aanvraag gaat niet terug in de stappen; kies alleen verder als dat klopt.</source>
            <translation>Note: you are skipping {steps}. A request does not go back in the steps; only continue if that is right.</translation>
        </message>
        <message>
            <source>De aanvraag verschijnt op de gekozen datum weer bij 'Opvolgen vandaag'.</source>
            <translation>On the chosen date the request appears again under 'Follow up today'.</translation>
        </message>
        <message>
            <source>kies een reden…</source>
            <translation>choose a reason…</translation>
        </message>
        <message>
            <source>Reden:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Opnieuw contact op:</source>
            <translation>Get in touch again on:</translation>
        </message>
        <message>
            <source>Toelichting (verplicht bij 'andere reden'):</source>
            <translation>Explanation (required with 'other reason'):</translation>
        </message>
        <message>
            <source>Toelichting (mag leeg):</source>
            <translation>Explanation (may be empty):</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Naam</source>
            <extracomment>Existing requests compared with a new one at most. The rows of the comparison, in order (captions in ``_row_caption``).</extracomment>
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
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Interesse</source>
            <translation>Interest</translation>
        </message>
        <message>
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Ontvangen</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opmerkingen</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Aanvraag {id}</source>
            <translation>Request {id}</translation>
        </message>
        <message>
            <source>Nieuwe aanvraag (nog niet opgeslagen)</source>
            <translation>New request (not saved yet)</translation>
        </message>
        <message>
            <source>nu</source>
            <translation>now</translation>
        </message>
        <message>
            <source>Lijkt op een bestaande aanvraag</source>
            <translation>Resembles an existing request</translation>
        </message>
        <message>
            <source>Deze nieuwe aanvraag lijkt op een aanvraag die er al is. Vergelijk ze en kies: samenvoegen (alle geschiedenis van beide blijft bewaard), of toch als nieuwe aanvraag opslaan.</source>
            <translation>This new request resembles a request that already exists. Compare them and choose: merge (all history of both is kept), or save as a new request after all.</translation>
        </message>
        <message>
            <source>Deze twee aanvragen lijken op elkaar. Samenvoegen bewaart alle geschiedenis van beide; de ene aanvraag gaat op in de andere.</source>
            <translation>These two requests resemble each other. Merging keeps all history of both; one request is absorbed into the other.</translation>
        </message>
        <message>
            <source>Vergelijken met</source>
            <translation>Compare with</translation>
        </message>
        <message>
            <source>Vergelijking van de twee aanvragen</source>
            <translation>Comparison of the two requests</translation>
        </message>
        <message>
            <source>Geel: hier verschillen de twee. Samenvoegen overschrijft niets.</source>
            <translation>Yellow: this is where the two differ. Merging overwrites nothing.</translation>
        </message>
        <message>
            <source>Welke aanvraag blijft bestaan?</source>
            <translation>Which request remains?</translation>
        </message>
        <message>
            <source>Samenvoegen</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Toch als nieuwe aanvraag opslaan</source>
            <translation>Save as a new request after all</translation>
        </message>
        <message>
            <source>Terug naar het formulier</source>
            <translation>Back to the form</translation>
        </message>
        <message>
            <source>Waarom: {reasons}.</source>
            <translation>Why: {reasons}.</translation>
        </message>
        <message>
            <source>{title} (links), ontvangen {date}</source>
            <translation>{title} (left), received {date}</translation>
        </message>
        <message>
            <source>{title} (rechts), ontvangen {date}</source>
            <translation>{title} (right), received {date}</translation>
        </message>
        <message>
            <source>Samenvoegen met aanvraag {id}</source>
            <translation>Merge with request {id}</translation>
        </message>
        <message>
            <source>Nieuwe aanvraag</source>
            <extracomment>Saved: the id of the request that holds it now, and a sentence for the page.</extracomment>
            <translation>New request</translation>
        </message>
        <message>
            <source>Vul in wat u weet. Nodig zijn een naam en een e-mailadres of telefoonnummer, en de bron. Bij opslaan wordt gekeken of de persoon al bekend is.</source>
            <translation>Fill in what you know. A name and an e-mail address or phone number are needed, and the source. When saving, the program checks whether the person is already known.</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Kies de bron: hoe heeft de persoon van ons gehoord?</source>
            <translation>Choose the source: how did the person hear about us?</translation>
        </message>
        <message>
            <source>Bezig met controleren…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Aanvraag {id} is opgeslagen.</source>
            <translation>Request {id} has been saved.</translation>
        </message>
        <message>
            <source>De aanvraag is opgeslagen als aanvraag {id}, maar samenvoegen lukte niet: {reason} Voeg ze samen vanuit de details van de aanvraag.</source>
            <translation>The request has been saved as request {id}, but merging did not succeed: {reason} Merge them from the request's details.</translation>
        </message>
        <message>
            <source>Opgeslagen en samengevoegd met aanvraag {id}; de geschiedenis van beide is bewaard.</source>
            <translation>Saved and merged with request {id}; the history of both has been kept.</translation>
        </message>
    </context>
    <context>
        <name>RequestExchange</name>
        <message>
            <source>Aanvragen importeren</source>
            <extracomment>Lines of duplicate and rejected rows shown after the import (all are in the report). The import ended (also after a cancel): the ImportResult.</extracomment>
            <translation>Import requests</translation>
        </message>
        <message>
            <source>Aanvragen importeren uit {name}</source>
            <translation>Import requests from {name}</translation>
        </message>
        <message>
            <source>Het bestand wordt gelezen…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Kolommen: kies bij elke kolom wat erin staat. Herkende kolommen zijn al ingevuld; geel zijn kolommen die niet herkend zijn.</source>
            <extracomment>The user chose another meaning for a column.</extracomment>
            <translation>Columns: for each column, choose what it contains. Recognised columns are already filled in; columns in yellow were not recognised.</translation>
        </message>
        <message>
            <source>Kolommen van het bestand</source>
            <translation>Columns of the file</translation>
        </message>
        <message>
            <source>Kolom in het bestand</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <source>Voorbeeld (eerste rij)</source>
            <translation>Example (first row)</translation>
        </message>
        <message>
            <source>Inlezen als</source>
            <translation>Import as</translation>
        </message>
        <message>
            <source>Eerste rijen van het bestand</source>
            <translation>First rows of the file</translation>
        </message>
        <message>
            <source>Aanvragen die al bekend zijn:</source>
            <translation>Requests that are already known:</translation>
        </message>
        <message>
            <source>overslaan (in het rapport)</source>
            <translation>skip (in the report)</translation>
        </message>
        <message>
            <source>samenvoegen met de bestaande aanvraag</source>
            <translation>merge with the existing request</translation>
        </message>
        <message>
            <source>Lege velden van de bestaande aanvraag worden aangevuld; niets wordt overschreven</source>
            <translation>Empty fields of the existing request are completed; nothing is overwritten</translation>
        </message>
        <message>
            <source>Bezig met importeren…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Voortgang van de import</source>
            <translation>Import progress</translation>
        </message>
        <message>
            <source>Dubbele en afgewezen rijen met de reden</source>
            <translation>Duplicate and rejected rows with the reason</translation>
        </message>
        <message>
            <source>Rapport opslaan…</source>
            <translation>Save report…</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Het bestand kan niet worden ingelezen. Kies een ander bestand.</source>
            <translation>The file cannot be imported. Choose another file.</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>puntkomma</source>
            <translation>semicolon</translation>
        </message>
        <message>
            <source>komma</source>
            <translation>comma</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>gescheiden door {sep}</source>
            <translation>separated by {sep}</translation>
        </message>
        <message>
            <source>{name}: {rows} rijen met gegevens ({details}).</source>
            <translation>{name}: {rows} rows with data ({details}).</translation>
        </message>
        <message>
            <source>Kolom '{header}' inlezen als</source>
            <translation>Import column '{header}' as</translation>
        </message>
        <message>
            <source>niet inlezen</source>
            <translation>do not import</translation>
        </message>
        <message>
            <source>Niet herkend: kies wat deze kolom bevat, of laat hem weg.</source>
            <translation>Not recognised: choose what this column contains, or leave it out.</translation>
        </message>
        <message>
            <source>De eerste {n} rijen</source>
            <extracomment>The combo box entry for "leave this column out".</extracomment>
            <translation>The first {n} rows</translation>
        </message>
        <message>
            <source>: {k} worden afgewezen (rood; de reden staat in de laatste kolom).</source>
            <translation>: {k} will be rejected (red; the reason is in the last column).</translation>
        </message>
        <message>
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>afgewezen: {reason}</source>
            <translation>rejected: {reason}</translation>
        </message>
        <message>
            <source>wordt ingelezen</source>
            <translation>will be imported</translation>
        </message>
        <message>
            <source>1 rij is afgewezen.</source>
            <translation>1 row was rejected.</translation>
        </message>
        <message>
            <source>{n} rijen zijn afgewezen.</source>
            <translation>{n} rows were rejected.</translation>
        </message>
        <message>
            <source>Sla het rapport op, verbeter die rijen in het bestand en importeer het opnieuw: wat er al in staat, komt er niet dubbel in.</source>
            <translation>Save the report, correct those rows in the file and import it again: what is already in will not be added twice.</translation>
        </message>
        <message>
            <source>Rij</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Het bestand heeft geen rijen met gegevens.</source>
            <translation>The file has no rows with data.</translation>
        </message>
        <message>
            <source>Bezig met importeren: {done} van {total} rijen…</source>
            <translation>Importing: {done} of {total} rows…</translation>
        </message>
        <message>
            <source>Bezig met stoppen na het lopende deel…</source>
            <translation>Stopping after the current part…</translation>
        </message>
        <message>
            <source>Nieuwe evenementen aangemaakt: {names}.</source>
            <translation>New events created: {names}.</translation>
        </message>
        <message>
            <source>Hieronder staan de dubbele en afgewezen rijen met de reden. Sla het rapport op om ze na te lopen of te verbeteren.</source>
            <translation>Below are the duplicate and rejected rows with the reason. Save the report to check or correct them.</translation>
        </message>
        <message>
            <source>… en nog {n} rijen: zie het rapport.</source>
            <translation>… and {n} more rows: see the report.</translation>
        </message>
        <message>
            <source>Geen dubbele of afgewezen rijen.</source>
            <translation>No duplicate or rejected rows.</translation>
        </message>
        <message>
            <source>Importrapport opslaan</source>
            <translation>Save import report</translation>
        </message>
        <message>
            <source>CSV-bestand (*.csv);;Excel-werkmap (*.xlsx)</source>
            <translation>CSV file (*.csv);;Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Rapport opgeslagen: {path} ({n} rijen).</source>
            <translation>Report saved: {path} ({n} rows).</translation>
        </message>
        <message>
            <source>Het rapport kon niet worden opgeslagen ({reason}). Kies een andere map.</source>
            <translation>The report could not be saved ({reason}). Choose another folder.</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
            <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Aanvragen exporteren</source>
            <translation>Export requests</translation>
        </message>
        <message>
            <source>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
        </message>
        <message>
            <source>De aanvragen worden geëxporteerd…</source>
            <translation>Exporting the requests…</translation>
        </message>
        <message>
            <source>Het bestand kon niet worden geschreven ({reason}). Kies een andere map of sluit het bestand in Excel.</source>
            <translation>The file could not be written ({reason}). Choose another folder or close the file in Excel.</translation>
        </message>
    </context>
    <context>
        <name>RequestFilterBar</name>
        <message>
            <source>Zoek op naam, e-mail, telefoon of postcode</source>
            <translation>Search by name, e-mail, phone or postcode</translation>
        </message>
        <message>
            <source>Zoeken in aanvragen</source>
            <translation>Search requests</translation>
        </message>
        <message>
            <source>Zoeken terwijl u typt (Ctrl+F)</source>
            <translation>Search as you type (Ctrl+F)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Interesse</source>
            <translation>Interest</translation>
        </message>
        <message>
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Evenement</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Wijk</source>
            <translation>District</translation>
        </message>
        <message>
            <source>buiten de stad</source>
            <translation>outside the city</translation>
        </message>
        <message>
            <source>Aanbieder</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>nog geen</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>ontvangen vanaf</source>
            <translation>received from</translation>
        </message>
        <message>
            <source>Ontvangen vanaf (dd-mm-jjjj)</source>
            <translation>Received from (dd-mm-yyyy)</translation>
        </message>
        <message>
            <source>Ontvangen vanaf deze datum (dd-mm-jjjj)</source>
            <translation>Received from this date (dd-mm-yyyy)</translation>
        </message>
        <message>
            <source>tot en met</source>
            <translation>up to and including</translation>
        </message>
        <message>
            <source>Ontvangen tot en met (dd-mm-jjjj)</source>
            <translation>Received up to and including (dd-mm-yyyy)</translation>
        </message>
        <message>
            <source>Ontvangen tot en met deze datum (dd-mm-jjjj)</source>
            <translation>Received up to and including this date (dd-mm-yyyy)</translation>
        </message>
        <message>
            <source>Opvolgen vandaag of te laat</source>
            <translation>Follow up today or overdue</translation>
        </message>
        <message>
            <source>Alleen open aanvragen waarvan de opvolgdatum vandaag is of al voorbij (de reactienorm)</source>
            <translation>Only open requests whose follow-up date is today or already past (the response norm)</translation>
        </message>
        <message>
            <source>Wissen</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Zoektekst en filters wissen</source>
            <translation>Clear search text and filters</translation>
        </message>
        <message>
            <source>(nog geen evenementen)</source>
            <translation>(no events yet)</translation>
        </message>
        <message>
            <source>De einddatum ligt vóór de begindatum. Verwissel de twee datums.</source>
            <translation>The end date is before the start date. Swap the two dates.</translation>
        </message>
    </context>
    <context>
        <name>RequestFilters</name>
        <message>
            <source>Alles tonen</source>
            <extracomment>Milliseconds between the last keystroke and the search. The value that stands for "no provider yet" in the provider filter.</extracomment>
            <translation>Show all</translation>
        </message>
        <message>
            <source>{name}: alle</source>
            <translation>{name}: all</translation>
        </message>
        <message>
            <source>{name}: {n} gekozen</source>
            <translation>{name}: {n} chosen</translation>
        </message>
        <message>
            <source>Filter {name}</source>
            <translation>Filter {name}</translation>
        </message>
    </context>
    <context>
        <name>RequestForm</name>
        <message>
            <source>voornaam</source>
            <extracomment>Text fields checked as they are typed, in form order.
----------
Something was typed or chosen (for "unsaved changes").</extracomment>
            <translation>first name</translation>
        </message>
        <message>
            <source>tussenvoegsel</source>
            <translation>name prefix</translation>
        </message>
        <message>
            <source>achternaam</source>
            <translation>surname</translation>
        </message>
        <message>
            <source>e-mailadres</source>
            <translation>e-mail address</translation>
        </message>
        <message>
            <source>telefoonnummer</source>
            <translation>phone number</translation>
        </message>
        <message>
            <source>straat</source>
            <translation>street</translation>
        </message>
        <message>
            <source>huisnummer</source>
            <translation>house number</translation>
        </message>
        <message>
            <source>postcode</source>
            <translation>postcode</translation>
        </message>
        <message>
            <source>woonplaats</source>
            <translation>place of residence</translation>
        </message>
        <message>
            <source>tussenv.</source>
            <translation>prefix</translation>
        </message>
        <message>
            <source>Tussenvoegsel</source>
            <translation>Name prefix</translation>
        </message>
        <message>
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Achternaam</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>naam@voorbeeld.nl</source>
            <translation>naam@voorbeeld.nl</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>06 12345678</source>
            <translation>06 12345678</translation>
        </message>
        <message>
            <source>&amp;Telefoon:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <source>Straat</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>nr.</source>
            <translation>no.</translation>
        </message>
        <message>
            <source>Huisnummer</source>
            <translation>House number</translation>
        </message>
        <message>
            <source>&amp;Adres:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>3511 AB</source>
            <translation>3511 AB</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Woonplaats</source>
            <translation>Place of residence</translation>
        </message>
        <message>
            <source>&amp;Postcode:</source>
            <translation>&amp;Postcode:</translation>
        </message>
        <message>
            <source>Aanbieder</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>nog niet gekozen</source>
            <translation>not chosen yet</translation>
        </message>
        <message>
            <source>Wijk, aanbieder:</source>
            <translation>District, provider:</translation>
        </message>
        <message>
            <source>Interesse</source>
            <translation>Interest</translation>
        </message>
        <message>
            <source>Interesse:</source>
            <translation>Interest:</translation>
        </message>
        <message>
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>kies de bron…</source>
            <translation>choose the source…</translation>
        </message>
        <message>
            <source>toelichting (mag leeg)</source>
            <translation>explanation (may be empty)</translation>
        </message>
        <message>
            <source>Toelichting bron</source>
            <translation>Source explanation</translation>
        </message>
        <message>
            <source>&amp;Bron:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <source>bij een pop-up: naam</source>
            <translation>for a pop-up: name</translation>
        </message>
        <message>
            <source>Evenement</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>E&amp;venement:</source>
            <translation>E&amp;vent:</translation>
        </message>
        <message>
            <source>mag contact met de persoon opnemen</source>
            <translation>may contact the person</translation>
        </message>
        <message>
            <source>mag de gegevens bewaren</source>
            <translation>may keep the data</translation>
        </message>
        <message>
            <source>Toestemming:</source>
            <translation>Consent:</translation>
        </message>
        <message>
            <source>Evenement:</source>
            <translation>Event:</translation>
        </message>
        <message>
            <source>Opmerkingen</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>&amp;Opmerkingen:</source>
            <translation>&amp;Remarks:</translation>
        </message>
        <message>
            <source>Nog niet opgeslagen: verbeter wat in rood bij de velden staat.</source>
            <translation>Not saved yet: correct what is shown in red next to the fields.</translation>
        </message>
        <message>
            <source>Wijk en aanbieder volgen uit een geldige postcode.</source>
            <translation>District and provider follow from a valid postcode.</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>RequestList</name>
        <message>
            <source>geen postcode</source>
            <extracomment>Background of a row whose follow-up is overdue, and of one due today. The columns (the model's order): key, the sort column behind it. The order on screen: what a recruiter triages on comes right after the name. (The last one stays last: it is the column that stretches with the window.)</extracomment>
            <translation>no postcode</translation>
        </message>
        <message>
            <source>{place} (buiten)</source>
            <translation>{place} (outside)</translation>
        </message>
        <message>
            <source>buiten de stad</source>
            <translation>outside the city</translation>
        </message>
        <message>
            <source>nog kiezen</source>
            <translation>to be chosen</translation>
        </message>
        <message>
            <source>{provider} (met de hand)</source>
            <translation>{provider} (by hand)</translation>
        </message>
        <message>
            <source>te laat (1 werkdag)</source>
            <translation>overdue (1 working day)</translation>
        </message>
        <message>
            <source>te laat ({n} werkdagen)</source>
            <translation>overdue ({n} working days)</translation>
        </message>
        <message>
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <source>Buiten de stad Utrecht of zonder bekende postcode: kies de aanbieder met de hand in de details.</source>
            <extracomment>Loading of the count and first page began. The count and first page arrived; the argument is the number of matches. Loading failed; the argument is the exception (already reported to the user). The user clicked a column header: the new order (a RequestSort).</extracomment>
            <translation>Outside the city of Utrecht or without a known postcode: choose the provider by hand in the details.</translation>
        </message>
        <message>
            <source>Klik om op {column} te sorteren; nog eens klikken keert de volgorde om</source>
            <translation>Click to sort by {column}; click again to reverse the order</translation>
        </message>
    </context>
    <context>
        <name>RequestMenu</name>
        <message>
            <source>Aanvragen &amp;importeren…</source>
            <translation>&amp;Import requests…</translation>
        </message>
        <message>
            <source>Aanvragen uit een CSV- of Excel-bestand inlezen (website, evenement-laptop)</source>
            <translation>Import requests from a CSV or Excel file (website, event laptop)</translation>
        </message>
        <message>
            <source>Aanvragen &amp;exporteren…</source>
            <translation>&amp;Export requests…</translation>
        </message>
        <message>
            <source>De aanvragen die de lijst nu toont (zoektekst en filters) opslaan als CSV of Excel</source>
            <translation>Save the requests the list now shows (search text and filters) as CSV or Excel</translation>
        </message>
        <message>
            <source>Evenement&amp;modus (kiosk)…</source>
            <translation>Event &amp;mode (kiosk)…</translation>
        </message>
        <message>
            <source>Bezoekers van een stand hun gegevens laten invoeren, schermvullend</source>
            <translation>Let visitors at a stand enter their details, full screen</translation>
        </message>
    </context>
    <context>
        <name>RequestToHousehold</name>
        <message>
            <source>Kies eerst één aanvraag in de lijst.</source>
            <translation>First choose one request in the list.</translation>
        </message>
        <message>
            <source>Aanmelden als gezin…</source>
            <translation>Register as family…</translation>
        </message>
        <message>
            <source>Van de gekozen aanvraag een gezin maken (Ctrl+Shift+G)</source>
            <translation>Make a family from the selected request (Ctrl+Shift+G)</translation>
        </message>
    </context>
    <context>
        <name>RequestToHouseholdDialog</name>
        <message>
            <source>Aanmelden als gezin</source>
            <extracomment>The family was made: its id.</extracomment>
            <translation>Register as family</translation>
        </message>
        <message>
            <source>Van deze aanvraag wordt een gezin gemaakt. Naam, contactgegevens en adres gaan mee; de aanvraag krijgt de status 'aangemeld'.</source>
            <translation>A family is made from this request. Name, contact details and address are carried over; the request gets the status 'registered'.</translation>
        </message>
        <message>
            <source>Naam:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Contact:</source>
            <translation>Contact:</translation>
        </message>
        <message>
            <source>Adres:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Interesse:</source>
            <translation>Interest:</translation>
        </message>
        <message>
            <source>pleegouders (met VGB, gezinsonderzoek)</source>
            <translation>foster parents (with VGB, family assessment)</translation>
        </message>
        <message>
            <source>steunouders (met VOG, kortere route)</source>
            <translation>support parents (with VOG, shorter route)</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Route:</source>
            <translation>Route:</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Gezin aanmaken</source>
            <translation>Create family</translation>
        </message>
        <message>
            <source>(nog geen naam)</source>
            <translation>(no name yet)</translation>
        </message>
        <message>
            <source>Deze aanvraag is al een gezin geworden. Open dat gezin op de pagina Gezinnen.</source>
            <translation>This request has already become a family. Open that family on the Families page.</translation>
        </message>
        <message>
            <source>Gezin openen</source>
            <translation>Open family</translation>
        </message>
        <message>
            <source>Het gezin is aangemaakt en de aanvraag staat op 'aangemeld'. Vul de gegevens van het gezin verder aan op de pagina Gezinnen.</source>
            <translation>The family has been created and the request is at 'registered'. Complete the family's details on the Families page.</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Opnieuw laden</source>
            <translation>Reload</translation>
        </message>
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <source>Aanvragen</source>
            <extracomment>Events offered in the filter (the most recent ones). How many requests there are in all (the M of "N van M getoond").</extracomment>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Geen aanvragen gevonden met deze zoektekst of filters. Maak de zoektekst korter of kies 'Wissen'.</source>
            <translation>No requests found with this search text or these filters. Shorten the search text or choose 'Clear'.</translation>
        </message>
        <message>
            <source>Nog geen aanvragen. Voeg er een toe of importeer een bestand.</source>
            <translation>No requests yet. Add one or import a file.</translation>
        </message>
        <message>
            <source>Pakket voor selectie…</source>
            <translation>Pack for selection…</translation>
        </message>
        <message>
            <source>Informatiepakketten voor de geselecteerde aanvragen (Ctrl+Shift+P)</source>
            <translation>Information packs for the selected requests (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Pakket voor selectie</source>
            <translation>Pack for selection</translation>
        </message>
        <message>
            <source>Selecteer eerst een of meer aanvragen in de lijst.</source>
            <translation>First select one or more requests in the list.</translation>
        </message>
        <message>
            <source>Nieuwe aanvraag…</source>
            <translation>New request…</translation>
        </message>
        <message>
            <source>Een aanvraag invoeren (Ctrl+N)</source>
            <translation>Enter a request (Ctrl+N)</translation>
        </message>
        <message>
            <source>Vandaag</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Wat vandaag opgevolgd moet worden of te laat is, oudste eerst (Alt+V)</source>
            <translation>What needs following up today or is overdue, oldest first (Alt+V)</translation>
        </message>
        <message>
            <source>Kies een aanvraag in de lijst om haar te bekijken en te wijzigen, of maak een nieuwe aan met 'Nieuwe aanvraag…' (Ctrl+N).</source>
            <translation>Choose a request in the list to view and edit it, or create a new one with 'New request…' (Ctrl+N).</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Backup terugzetten</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>Kies de backup die terug moet. Alles wat daarna is ingevoerd, gaat verloren; de database zoals hij nu is, wordt eerst apart bewaard. Het programma sluit daarvoor even alle vensters. Vraag collega's die dezelfde database gebruiken om het programma te sluiten.</source>
            <translation>Choose the backup to restore. Everything entered after it is lost; the database as it is now is kept separately first. To do this, the program briefly closes all windows. Ask colleagues who use the same database to close the program.</translation>
        </message>
        <message>
            <source>Backups, nieuwste eerst</source>
            <translation>Backups, newest first</translation>
        </message>
        <message>
            <source>Ander &amp;bestand…</source>
            <translation>Other &amp;file…</translation>
        </message>
        <message>
            <source>&amp;Terugzetten…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Er zijn nog geen backups in {folder}.</source>
            <translation>There are no backups in {folder} yet.</translation>
        </message>
        <message>
            <source>Backup kiezen</source>
            <translation>Choose backup</translation>
        </message>
        <message>
            <source>Backups (*.sqlite *.dump);;Alle bestanden (*)</source>
            <translation>Backups (*.sqlite *.dump);;All files (*)</translation>
        </message>
        <message>
            <source>De backup van {when} terugzetten?</source>
            <translation>Restore the backup of {when}?</translation>
        </message>
        <message>
            <source>Alles wat na deze backup is ingevoerd, gaat verloren. De database zoals hij nu is, wordt eerst als aparte kopie bewaard. Het venster sluit en gaat daarna weer open.</source>
            <translation>Everything entered after this backup is lost. The database as it is now is first kept as a separate copy. The window closes and then opens again.</translation>
        </message>
        <message>
            <source>Terugzetten</source>
            <translation>Restore</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Bewaartermijnen (AVG)</source>
            <translation>Retention periods (GDPR)</translation>
        </message>
        <message>
            <source>Bewaartermijnen</source>
            <translation>Retention periods</translation>
        </message>
        <message>
            <source>Persoonsgegevens worden niet langer bewaard dan nodig. Anonimiseren wist namen, e-mail, telefoon, straat, huisnummer en notities, en houdt wat de cijfers nodig hebben (status, datums, bron, wijk). Kijk eerst met 'Proefdraaien' wat er zou gebeuren; er verandert dan nog niets.</source>
            <translation>Personal data is not kept longer than necessary. Anonymising erases names, e-mail, phone, street, house number and notes, and keeps what the figures need (status, dates, source, district). First look with 'Dry run' at what would happen; nothing changes yet.</translation>
        </message>
        <message>
            <source> maanden</source>
            <translation> months</translation>
        </message>
        <message>
            <source> jaar</source>
            <translation> years</translation>
        </message>
        <message>
            <source>&amp;Aanvragen zonder voortgang na:</source>
            <translation>&amp;Requests without progress after:</translation>
        </message>
        <message>
            <source>&amp;Gestopte gezinnen na:</source>
            <translation>&amp;Stopped families after:</translation>
        </message>
        <message>
            <source>Gezinnen met een &amp;plaatsing na:</source>
            <translation>Families with a p&amp;lacement after:</translation>
        </message>
        <message>
            <source>Bij een gezin waar een kind geplaatst is geweest, geldt de Jeugdwet: minstens 20 jaar.</source>
            <translation>For a family where a child has been placed, the Youth Act applies: at least 20 years.</translation>
        </message>
        <message>
            <source>Termijnen &amp;opslaan</source>
            <translation>Sa&amp;ve periods</translation>
        </message>
        <message>
            <source>&amp;Proefdraaien</source>
            <translation>&amp;Dry run</translation>
        </message>
        <message>
            <source>&amp;Uitvoeren…</source>
            <translation>&amp;Apply…</translation>
        </message>
        <message>
            <source>Wat geanonimiseerd zou worden</source>
            <translation>What would be anonymised</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>De termijnen zijn gewijzigd: draai opnieuw proef voordat u uitvoert.</source>
            <translation>The periods have changed: do a dry run again before you apply them.</translation>
        </message>
        <message>
            <source>De bewaartermijnen zijn opgeslagen; ze gelden voor het hele team.</source>
            <translation>The retention periods have been saved; they apply to the whole team.</translation>
        </message>
        <message>
            <source>Bezig met proefdraaien…</source>
            <translation>Doing a dry run…</translation>
        </message>
        <message>
            <source>Proefdraai: er is niets dat geanonimiseerd moet worden met deze termijnen.</source>
            <translation>Dry run: with these periods there is nothing that needs to be anonymised.</translation>
        </message>
        <message>
            <source>Proefdraai: {requests} aanvragen (zonder voortgang sinds vóór {lead}) en {households} gezinnen (gestopt vóór {household}, of met een plaatsing vóór {placed}) zouden worden geanonimiseerd. Hieronder staan ze allemaal. Er is nog niets veranderd.</source>
            <translation>Dry run: {requests} requests (without progress since before {lead}) and {households} families (stopped before {household}, or with a placement before {placed}) would be anonymised. They are all listed below. Nothing has changed yet.</translation>
        </message>
        <message>
            <source>Bewaartermijnen uitvoeren</source>
            <translation>Apply retention periods</translation>
        </message>
        <message>
            <source>{requests} aanvragen en {households} gezinnen anonimiseren?</source>
            <translation>Anonymise {requests} requests and {households} families?</translation>
        </message>
        <message>
            <source>Namen, contactgegevens en notities van deze mensen worden gewist. Dit kan niet ongedaan worden gemaakt (alleen met een oude backup).</source>
            <translation>Names, contact details and notes of these people will be erased. This cannot be undone (only with an old backup).</translation>
        </message>
        <message>
            <source>Anonimiseren</source>
            <translation>Anonymise</translation>
        </message>
        <message>
            <source>Bezig met anonimiseren…</source>
            <translation>Anonymising…</translation>
        </message>
        <message>
            <source>{requests} aanvragen en {households} gezinnen geanonimiseerd.</source>
            <translation>{requests} requests and {households} families anonymised.</translation>
        </message>
        <message>
            <source>{n} overgeslagen: die zijn sinds de proefdraai veranderd.</source>
            <translation>{n} skipped: they have changed since the dry run.</translation>
        </message>
        <message>
            <source>Gestopt op uw verzoek; de rest is ongewijzigd. Draai opnieuw proef om verder te gaan.</source>
            <translation>Stopped at your request; the rest is unchanged. Do a dry run again to continue.</translation>
        </message>
        <message>
            <source>Uitgevoerd. Draai opnieuw proef om te controleren.</source>
            <translation>Done. Do a dry run again to check.</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Rol wijzigen</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>Welke rol krijgt {name} ({username})?</source>
            <translation>Which role does {name} ({username}) get?</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Rol opslaan</source>
            <translation>Save role</translation>
        </message>
        <message>
            <source>Mag: {what}.</source>
            <translation>May: {what}.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleEditor</name>
        <message>
            <source>Hele week</source>
            <translation>Whole week</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation>Weekend</translation>
        </message>
        <message>
            <source>Wissen</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Rooster: {choice}</source>
            <translation>Schedule: {choice}</translation>
        </message>
        <message>
            <source>Gekozen: {cells}</source>
            <translation>Chosen: {cells}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleGrid</name>
        <message>
            <source>Weekrooster</source>
            <translation>Weekly schedule</translation>
        </message>
        <message>
            <source>Dagen van maandag tot zondag, dagdelen van ochtend tot nacht. Spatie zet het gekozen dagdeel aan of uit.</source>
            <translation>Days from Monday to Sunday, parts of days from morning to night. Space switches the chosen part of the day on or off.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleModel</name>
        <message>
            <source>bezet</source>
            <translation>taken</translation>
        </message>
        <message>
            <source>kan</source>
            <translation>available</translation>
        </message>
        <message>
            <source>kan niet</source>
            <translation>not available</translation>
        </message>
        <message>
            <source> (bezet door een plaatsing)</source>
            <translation> (taken by a placement)</translation>
        </message>
        <message>
            <source>{day}: klik om de hele dag aan of uit te zetten</source>
            <translation>{day}: click to switch the whole day on or off</translation>
        </message>
        <message>
            <source>{part}: klik om dit dagdeel op alle dagen aan of uit te zetten</source>
            <translation>{part}: click to switch this part of the day on or off for all days</translation>
        </message>
    </context>
    <context>
        <name>ScreeningModel</name>
        <message>
            <source>{state} (herinnering {days} dagen)</source>
            <translation>{state} (reminder {days} days)</translation>
        </message>
        <message>
            <source>Volwassene</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source>Nodig</source>
            <translation>Needed</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Aangevraagd</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Afgegeven</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Geldig t/m</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source> (woont er sinds {date})</source>
            <translation> (has lived there since {date})</translation>
        </message>
        <message>
            <source>{date} (standaard)</source>
            <translation>{date} (standard)</translation>
        </message>
    </context>
    <context>
        <name>StopDialog</name>
        <message>
            <source>{name} stopt</source>
            <translation>{name} stops</translation>
        </message>
        <message>
            <source>{name} pauzeert</source>
            <translation>{name} pauses</translation>
        </message>
        <message>
            <source>— kies een reden —</source>
            <translation>— choose a reason —</translation>
        </message>
        <message>
            <source>— geen reden opgegeven —</source>
            <translation>— no reason given —</translation>
        </message>
        <message>
            <source>Toelichting, bijvoorbeeld: verbouwing tot de zomer</source>
            <translation>Explanation, for example: renovation until the summer</translation>
        </message>
        <message>
            <source>Toelichting (nodig bij 'anders')</source>
            <translation>Explanation (needed with 'other')</translation>
        </message>
        <message>
            <source>Reden:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Reden (mag leeg):</source>
            <translation>Reason (may be empty):</translation>
        </message>
        <message>
            <source>Toelichting:</source>
            <translation>Explanation:</translation>
        </message>
        <message>
            <source>Het gezin gaat naar 'gestopt'. De reden telt mee in het overzicht van waarom gezinnen afhaken. Later hervatten kan in de fase waarin het stopte.</source>
            <translation>The family moves to 'stopped'. The reason counts in the overview of why families drop out. Resuming later is possible in the stage in which it stopped.</translation>
        </message>
        <message>
            <source>Het gezin gaat naar 'gepauzeerd'; na ongeveer drie maanden komt bellen of het weer verder wil op de lijst 'vandaag'.</source>
            <translation>The family moves to 'paused'; after about three months, a call to ask whether it wants to continue appears on the 'today' list.</translation>
        </message>
        <message>
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Pauzeren</source>
            <translation>Pause</translation>
        </message>
    </context>
    <context>
        <name>SupplyDemandSection</name>
        <message>
            <source>Vandaag: vrije plekken bij beschikbare gezinnen tegenover wachtende kinderen, per wijk. Wijs een wijk aan voor de cijfers; klik erop om het hele overzicht voor die wijk te zien (nog eens klikken: alle wijken).</source>
            <translation>Today: free places with available families against waiting children, per district. Point at a district for the figures; click it to see the whole overview for that district (click again: all districts).</translation>
        </message>
        <message>
            <source>Kaart: gebieden rond de postcodes (PC4) van de stad, per wijk. Bron postcodes: {bron}.</source>
            <translation>Map: areas around the city's postcodes (PC4), per district. Postcode source: {bron}.</translation>
        </message>
        <message>
            <source>Terug naar alle wijken</source>
            <translation>Back to all districts</translation>
        </message>
        <message>
            <source>Gekozen wijk: {wijk}</source>
            <translation>Chosen district: {wijk}</translation>
        </message>
        <message>
            <source>Wijs een wijk op de kaart aan om de cijfers te zien.</source>
            <translation>Point at a district on the map to see the figures.</translation>
        </message>
    </context>
    <context>
        <name>TableBox</name>
        <message>
            <source>Geen cijfers in deze periode.</source>
            <extracomment>Header words per line, so long column titles wrap instead of widening the table. the title of what the table sits under; the same title is not repeated</extracomment>
            <translation>No figures in this period.</translation>
        </message>
    </context>
    <context>
        <name>TimeSection</name>
        <message>
            <source>Per maand van binnenkomst</source>
            <translation>By month of arrival</translation>
        </message>
        <message>
            <source>De aanvragen van elke maand, en hoeveel van hen tot vandaag naar een informatieavond kwamen, zich aanmeldden en beschikbaar werden. Recente maanden hebben nog weinig tijd gehad om door te stromen.</source>
            <translation>The requests of each month, and how many of them came to an information evening, registered and became available up to today. Recent months have had little time to move on.</translation>
        </message>
        <message>
            <source>Aanvragen per maand</source>
            <translation>Requests per month</translation>
        </message>
        <message>
            <source>Wat er tot vandaag van werd</source>
            <translation>What became of them up to today</translation>
        </message>
        <message>
            <source>Geen aanvragen in deze periode.</source>
            <translation>No requests in this period.</translation>
        </message>
    </context>
    <context>
        <name>TodayModel</name>
        <message>
            <source>Uiterlijk</source>
            <extracomment>Lines added to the table per step while scrolling.</extracomment>
            <translation>Due by</translation>
        </message>
        <message>
            <source>Gezin</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Wat te doen</source>
            <translation>What to do</translation>
        </message>
        <message>
            <source>1 dag te laat</source>
            <translation>1 day overdue</translation>
        </message>
        <message>
            <source>{n} dagen te laat</source>
            <translation>{n} days overdue</translation>
        </message>
        <message>
            <source>{date}, vandaag</source>
            <translation>{date}, today</translation>
        </message>
        <message>
            <source>{name}, fase {stage}</source>
            <translation>{name}, stage {stage}</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>Vandaag: wat nu moet gebeuren</source>
            <extracomment>A line was chosen: the family's id. Loading started or ended.</extracomment>
            <translation>Today: what needs to be done now</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Alles</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Alleen wat te laat is</source>
            <translation>Only what is overdue</translation>
        </message>
        <message>
            <source>Vernieuwen</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Lijst 'vandaag' vernieuwen</source>
            <translation>Refresh the 'today' list</translation>
        </message>
        <message>
            <source>Vandaag: acties, normen en VGB/VOG</source>
            <translation>Today: actions, norms and VGB/VOG</translation>
        </message>
        <message>
            <source>Laden…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Niets te doen voor vandaag: alle acties, normen en VGB/VOG's zijn bij.</source>
            <translation>Nothing to do for today: all actions, norms and VGBs/VOGs are up to date.</translation>
        </message>
        <message>
            <source>Met deze keuze is er niets te doen. Kies 'Alles' om de rest te zien.</source>
            <translation>With this choice there is nothing to do. Choose 'All' to see the rest.</translation>
        </message>
        <message>
            <source>{total} regels, waarvan {late} te laat</source>
            <translation>{total} lines, of which {late} overdue</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Gebruikers</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Iedereen die met Utregs Plekkie werkt, heeft een eigen account. De rol bepaalt wat iemand ziet. Accounts worden nooit verwijderd (het logboek verwijst ernaar): deactiveer een account van iemand die niet meer meedoet.</source>
            <translation>Everyone who works with Utregs Plekkie has their own account. The role determines what someone sees. Accounts are never deleted (the audit trail refers to them): deactivate the account of someone who no longer takes part.</translation>
        </message>
        <message>
            <source>Lijst van gebruikers</source>
            <translation>List of users</translation>
        </message>
        <message>
            <source>Gebruiker &amp;toevoegen…</source>
            <translation>Add &amp;user…</translation>
        </message>
        <message>
            <source>&amp;Rol wijzigen…</source>
            <translation>Change &amp;role…</translation>
        </message>
        <message>
            <source>&amp;Deactiveren</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord opnieuw instellen…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <source>Opnieuw &amp;laden</source>
            <translation>Re&amp;load</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;Activeren</source>
            <translation>&amp;Activate</translation>
        </message>
        <message>
            <source>Bezig…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Laad de lijst opnieuw en probeer het dan nog eens.</source>
            <translation>Reload the list and then try again.</translation>
        </message>
        <message>
            <source>Opnieuw laden</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Account '{name}' is aangemaakt als {role}.</source>
            <translation>Account '{name}' has been created as {role}.</translation>
        </message>
        <message>
            <source>De rol van '{name}' is nu {role}.</source>
            <translation>The role of '{name}' is now {role}.</translation>
        </message>
        <message>
            <source>Account deactiveren</source>
            <translation>Deactivate account</translation>
        </message>
        <message>
            <source>Het account '{name}' deactiveren?</source>
            <translation>Deactivate the account '{name}'?</translation>
        </message>
        <message>
            <source>{name} kan dan niet meer aanmelden. Wat hij of zij heeft gedaan, blijft in het logboek staan. U kunt het account later weer activeren.</source>
            <translation>{name} will then no longer be able to sign in. What they have done stays in the audit trail. You can activate the account again later.</translation>
        </message>
        <message>
            <source>Deactiveren</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Het account '{name}' is gedeactiveerd.</source>
            <translation>The account '{name}' has been deactivated.</translation>
        </message>
        <message>
            <source>Het account '{name}' is weer actief.</source>
            <translation>The account '{name}' is active again.</translation>
        </message>
        <message>
            <source>Het wachtwoord van '{name}' is opnieuw ingesteld (en een eventuele blokkade opgeheven). Geef het persoonlijk door.</source>
            <translation>The password of '{name}' has been reset (and any block lifted). Pass it on in person.</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>Gebruikersnaam</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Laatst aangemeld</source>
            <translation>Last signed in</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nee (gedeactiveerd)</source>
            <translation>no (deactivated)</translation>
        </message>
        <message>
            <source>nooit</source>
            <translation>never</translation>
        </message>
    </context>
    <context>
        <name>WeightsDialog</name>
        <message>
            <source>Gewichten van de matching</source>
            <extracomment>Sliders work in hundredths of a weight (0.30 is 30).</extracomment>
            <translation>Matching weights</translation>
        </message>
        <message>
            <source>Hoe zwaar telt elk onderdeel mee in de score? De score is het gewogen gemiddelde van de onderdelen die voor een kind gelden; de kolom 'aandeel' laat zien hoeveel elk onderdeel nu meetelt. Nabijheid van school en thuis is het hart van de campagne.</source>
            <translation>How heavily does each part count in the score? The score is the weighted average of the parts that apply to a child; the 'share' column shows how much each part counts now. Closeness to school and home is the heart of the campaign.</translation>
        </message>
        <message>
            <source>Onderdeel</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Gewicht</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Aandeel</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Gewicht van {onderdeel}</source>
            <translation>Weight of {onderdeel}</translation>
        </message>
        <message>
            <source> km</source>
            <translation> km</translation>
        </message>
        <message>
            <source>Op deze afstand telt nabijheid nog voor ongeveer een derde mee</source>
            <translation>At this distance, closeness still counts for about a third</translation>
        </message>
        <message>
            <source>Afstandsschaal:</source>
            <translation>Distance scale:</translation>
        </message>
        <message>
            <source>Afstandsschaal in km</source>
            <translation>Distance scale in km</translation>
        </message>
        <message>
            <source> dagen</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Een gezin dat zo lang of langer wacht, krijgt de volle waarde voor wachttijd</source>
            <translation>A family that has waited this long or longer gets the full value for waiting time</translation>
        </message>
        <message>
            <source>Volle wachttijd in dagen</source>
            <translation>Full waiting time in days</translation>
        </message>
        <message>
            <source>Volle wachttijd:</source>
            <translation>Full waiting time:</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Standaardwaarden</source>
            <translation>Default values</translation>
        </message>
        <message>
            <source>{onderdeel} telt voor {n}% mee</source>
            <translation>{onderdeel} counts for {n}%</translation>
        </message>
        <message>
            <source>Nieuwste gewichten laden</source>
            <translation>Load latest weights</translation>
        </message>
    </context>
    <context>
        <name>_Cover</name>
        <message>
            <source>Vergrendeld</source>
            <translation>Locked</translation>
        </message>
    </context>
    <context>
        <name>_OrganisationForm</name>
        <message>
            <source>Kiezen…</source>
            <extracomment>Sender fields a pack cannot do without (the logo is optional). A field was typed in (the dialog updates its title and buttons).</extracomment>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Logo kiezen</source>
            <translation>Choose logo</translation>
        </message>
        <message>
            <source>Velden met * zijn verplicht: ze staan in elk pakket van deze afzender.</source>
            <translation>Fields marked * are required: they appear in every pack from this sender.</translation>
        </message>
        <message>
            <source>Naam organisatie</source>
            <translation>Organisation name</translation>
        </message>
        <message>
            <source>bijvoorbeeld KOOS Utrecht</source>
            <translation>for example KOOS Utrecht</translation>
        </message>
        <message>
            <source>Contactpersoon</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>die de brief ondertekent</source>
            <translation>who signs the letter</translation>
        </message>
        <message>
            <source>Functie contactpersoon</source>
            <translation>Contact person's job title</translation>
        </message>
        <message>
            <source>bijvoorbeeld werver</source>
            <translation>for example recruiter</translation>
        </message>
        <message>
            <source>Telefoonnummer</source>
            <translation>Phone number</translation>
        </message>
        <message>
            <source>bijvoorbeeld 030 230 22 00</source>
            <translation>for example 030 230 22 00</translation>
        </message>
        <message>
            <source>E-mailadres</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <source>bijvoorbeeld pleegzorg@koosutrecht.nl</source>
            <translation>for example pleegzorg@koosutrecht.nl</translation>
        </message>
        <message>
            <source>Retouradres</source>
            <translation>Return address</translation>
        </message>
        <message>
            <source>postbus of straat en huisnummer</source>
            <translation>PO box or street and house number</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>bijvoorbeeld 3503 RB</source>
            <translation>for example 3503 RB</translation>
        </message>
        <message>
            <source>Plaats</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>bijvoorbeeld Utrecht</source>
            <translation>for example Utrecht</translation>
        </message>
        <message>
            <source>Website (achter de QR-code)</source>
            <translation>Website (behind the QR code)</translation>
        </message>
        <message>
            <source>https://… waar men zich aanmeldt voor een informatieavond</source>
            <translation>https://… where people sign up for an information evening</translation>
        </message>
        <message>
            <source>Logo (niet verplicht)</source>
            <translation>Logo (optional)</translation>
        </message>
        <message>
            <source>PNG- of JPG-bestand</source>
            <translation>PNG or JPG file</translation>
        </message>
        <message>
            <source>Afzender voor wie buiten de stad Utrecht woont of van wie de wijk niet bekend is: de campagne zelf.</source>
            <translation>Sender for people who live outside the city of Utrecht or whose district is not known: the campaign itself.</translation>
        </message>
        <message>
            <source>Afzender voor aanvragen uit {wijken}.</source>
            <translation>Sender for requests from {wijken}.</translation>
        </message>
        <message>
            <source>Verplicht veld; nu leeg.</source>
            <translation>Required field; now empty.</translation>
        </message>
        <message>
            <source>Nog leeg: {fields}. In de pakketten komt daar {printed} te staan.</source>
            <translation>Still empty: {fields}. The packs will show {printed} there.</translation>
        </message>
        <message>
            <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>_PdfDialog</name>
        <message>
            <source>Voortgang</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Maken annuleren</source>
            <translation>Cancel making</translation>
        </message>
        <message>
            <source>Ontbrekende gegevens</source>
            <translation>Missing details</translation>
        </message>
        <message>
            <source>Opslaan als PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Opslaan als PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Afdrukken…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Afdrukken</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Gestopt: er is niets gemaakt.</source>
            <translation>Stopped: nothing was made.</translation>
        </message>
        <message>
            <source>Maken mislukt.</source>
            <translation>Making failed.</translation>
        </message>
    </context>
    <context>
        <name>_SavingDialog</name>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
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
        <name>charts</name>
        <message>
            <source>Nog geen aanvragen in deze periode.</source>
            <extracomment>lupdate finds ``translate("context", "text")`` calls.</extracomment>
            <translation>No requests in this period yet.</translation>
        </message>
        <message>
            <source>bereikt</source>
            <translation>reached</translation>
        </message>
        <message>
            <source>Trechter: {stappen}.</source>
            <translation>Funnel: {stappen}.</translation>
        </message>
        <message>
            <source>aanvragen</source>
            <translation>requests</translation>
        </message>
        <message>
            <source>Aanvragen: {cijfers}.</source>
            <translation>Requests: {cijfers}.</translation>
        </message>
        <message>
            <source>aangemeld</source>
            <translation>registered</translation>
        </message>
        <message>
            <source>beschikbaar</source>
            <translation>available</translation>
        </message>
        <message>
            <source>{bron}: {aangemeld} aangemeld, {beschikbaar} beschikbaar</source>
            <translation>{bron}: {aangemeld} registered, {beschikbaar} available</translation>
        </message>
        <message>
            <source>{evenement}: {aanvragen} aanvragen, {aangemeld} aangemeld</source>
            <translation>{evenement}: {aanvragen} requests, {aangemeld} registered</translation>
        </message>
        <message>
            <source>Aanvragen per maand: {cijfers}.</source>
            <translation>Requests per month: {cijfers}.</translation>
        </message>
        <message>
            <source>informatieavond</source>
            <translation>information evening</translation>
        </message>
        <message>
            <source>{maand}: {aangemeld} aangemeld, {beschikbaar} beschikbaar</source>
            <translation>{maand}: {aangemeld} registered, {beschikbaar} available</translation>
        </message>
        <message>
            <source>binnen de norm</source>
            <translation>within the norm</translation>
        </message>
        <message>
            <source>te laat</source>
            <translation>late</translation>
        </message>
        <message>
            <source>niet beantwoord, te laat</source>
            <translation>not answered, late</translation>
        </message>
        <message>
            <source>nog binnen de norm</source>
            <translation>still within the norm</translation>
        </message>
        <message>
            <source>Eerste antwoord op aanvragen: {cijfers}.</source>
            <translation>First response to requests: {cijfers}.</translation>
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
            <source>geen aanbod opgegeven</source>
            <translation>no offer given</translation>
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
            <source>huis</source>
            <translation>home</translation>
        </message>
        <message>
            <source>school</source>
            <translation>school</translation>
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
            <source>Geen passend gezin: geen enkel beschikbaar gezin met een geldige screening biedt {zorgvorm}.</source>
            <translation>No suitable family: no available family with a valid screening offers {zorgvorm}.</translation>
        </message>
        <message>
            <source>Geen passend gezin: van de {n} beschikbare aanbiedingen voor {zorgvorm} valt het vaakst af op: {reden} ({k} keer).</source>
            <translation>No suitable family: of the {n} available offers for {zorgvorm}, the most common reason to drop out is: {reden} ({k} times).</translation>
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
            <source>Nederlands</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <source>Engels</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Arabisch</source>
            <translation>Arabic</translation>
        </message>
        <message>
            <source>Turks</source>
            <translation>Turkish</translation>
        </message>
        <message>
            <source>Berbers</source>
            <translation>Berber</translation>
        </message>
        <message>
            <source>Papiaments</source>
            <translation>Papiamento</translation>
        </message>
        <message>
            <source>Sranantongo</source>
            <translation>Sranan Tongo</translation>
        </message>
        <message>
            <source>Pools</source>
            <translation>Polish</translation>
        </message>
        <message>
            <source>Tigrinya</source>
            <translation>Tigrinya</translation>
        </message>
        <message>
            <source>Somalisch</source>
            <translation>Somali</translation>
        </message>
        <message>
            <source>Frans</source>
            <translation>French</translation>
        </message>
        <message>
            <source>Duits</source>
            <translation>German</translation>
        </message>
        <message>
            <source>Spaans</source>
            <translation>Spanish</translation>
        </message>
        <message>
            <source>Portugees</source>
            <translation>Portuguese</translation>
        </message>
        <message>
            <source>Perzisch</source>
            <translation>Persian</translation>
        </message>
        <message>
            <source>Oekraïens</source>
            <translation>Ukrainian</translation>
        </message>
        <message>
            <source>Russisch</source>
            <translation>Russian</translation>
        </message>
        <message>
            <source>Chinees</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <source>Hindi</source>
            <translation>Hindi</translation>
        </message>
        <message>
            <source>Koerdisch</source>
            <translation>Kurdish</translation>
        </message>
        <message>
            <source>Dari</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>Fries</source>
            <translation>Frisian</translation>
        </message>
        <message>
            <source>{eerste} en {laatste}</source>
            <translation>{eerste} and {laatste}</translation>
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
            <source>buiten de stad of onbekend</source>
            <translation>outside the city or unknown</translation>
        </message>
        <message>
            <source>evenement {id}</source>
            <translation>event {id}</translation>
        </message>
        <message>
            <source>{van} t/m {tot} ({n} dagen)</source>
            <translation>{van} to {tot} ({n} days)</translation>
        </message>
        <message>
            <source>aanvraag</source>
            <translation>request</translation>
        </message>
        <message>
            <source>gescreend (VGB/VOG)</source>
            <translation>screened (VGB/VOG)</translation>
        </message>
        <message>
            <source>de aanvraag kwam binnen in de gekozen periode</source>
            <translation>the request came in during the chosen period</translation>
        </message>
        <message>
            <source>het informatiepakket is verstuurd</source>
            <translation>the information pack has been sent</translation>
        </message>
        <message>
            <source>de aanvrager kwam naar een informatieavond (status of aanwezigheid)</source>
            <translation>the requester came to an information evening (status or attendance)</translation>
        </message>
        <message>
            <source>de aanvrager heeft zich aangemeld als pleeg- of steunouder</source>
            <translation>the requester has registered as a foster or support parent</translation>
        </message>
        <message>
            <source>het gezin is door de VGB/VOG heen (volgende fase bereikt)</source>
            <translation>the family has passed the VGB/VOG (reached the next stage)</translation>
        </message>
        <message>
            <source>het gezin is goedgekeurd en beschikbaar voor matching</source>
            <translation>the family has been approved and is available for matching</translation>
        </message>
        <message>
            <source>er is een kind bij het gezin geplaatst</source>
            <translation>a child has been placed with the family</translation>
        </message>
        <message>
            <source>van {stap} tot {volgende}</source>
            <translation>from {stap} to {volgende}</translation>
        </message>
        <message>
            <source>geen tijd</source>
            <translation>no time</translation>
        </message>
        <message>
            <source>persoonlijke omstandigheden</source>
            <translation>personal circumstances</translation>
        </message>
        <message>
            <source>gaat naar een andere organisatie</source>
            <translation>going to another organisation</translation>
        </message>
        <message>
            <source>geen reactie meer</source>
            <translation>no longer responding</translation>
        </message>
        <message>
            <source>past niet bij de verwachtingen</source>
            <translation>does not match the expectations</translation>
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
            <source>VGB/VOG geweigerd</source>
            <translation>VGB/VOG refused</translation>
        </message>
        <message>
            <source>verhuisd</source>
            <translation>moved house</translation>
        </message>
        <message>
            <source>gezinsuitbreiding</source>
            <translation>family expanding</translation>
        </message>
        <message>
            <source>zwaarder dan verwacht</source>
            <translation>harder than expected</translation>
        </message>
        <message>
            <source>niet nu (later opnieuw benaderen)</source>
            <translation>not now (approach again later)</translation>
        </message>
        <message>
            <source>geen reden opgegeven</source>
            <translation>no reason given</translation>
        </message>
        <message>
            <source>Het overzicht is afgebroken. Er is niets veranderd.</source>
            <translation>The overview was stopped. Nothing has changed.</translation>
        </message>
        <message>
            <source>{van} t/m {tot}</source>
            <translation>{van} to {tot}</translation>
        </message>
        <message>
            <source>wijk {wijk}</source>
            <translation>district {wijk}</translation>
        </message>
        <message>
            <source>KOOS Utrecht en Spoor030</source>
            <translation>KOOS Utrecht and Spoor030</translation>
        </message>
        <message>
            <source>januari</source>
            <translation>January</translation>
        </message>
        <message>
            <source>februari</source>
            <translation>February</translation>
        </message>
        <message>
            <source>maart</source>
            <translation>March</translation>
        </message>
        <message>
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <source>mei</source>
            <translation>May</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <source>augustus</source>
            <translation>August</translation>
        </message>
        <message>
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <source>december</source>
            <translation>December</translation>
        </message>
        <message>
            <source>jan</source>
            <translation>Jan</translation>
        </message>
        <message>
            <source>feb</source>
            <translation>Feb</translation>
        </message>
        <message>
            <source>mrt</source>
            <translation>Mar</translation>
        </message>
        <message>
            <source>apr</source>
            <translation>Apr</translation>
        </message>
        <message>
            <source>jun</source>
            <translation>Jun</translation>
        </message>
        <message>
            <source>jul</source>
            <translation>Jul</translation>
        </message>
        <message>
            <source>aug</source>
            <translation>Aug</translation>
        </message>
        <message>
            <source>sep</source>
            <translation>Sep</translation>
        </message>
        <message>
            <source>okt</source>
            <translation>Oct</translation>
        </message>
        <message>
            <source>nov</source>
            <translation>Nov</translation>
        </message>
        <message>
            <source>dec</source>
            <translation>Dec</translation>
        </message>
        <message>
            <source>'{tekst}' is geen datum. Typ de datum als JJJJ-MM-DD of DD-MM-JJJJ, bijvoorbeeld 2026-01-31 of 31-01-2026.</source>
            <translation>'{tekst}' is not a date. Type the date as YYYY-MM-DD or DD-MM-YYYY, for example 2026-01-31 or 31-01-2026.</translation>
        </message>
        <message>
            <source>'{tekst}' bestaat niet als datum (kijk de dag en de maand na). Typ de datum als JJJJ-MM-DD of DD-MM-JJJJ, bijvoorbeeld 2026-01-31.</source>
            <translation>'{tekst}' does not exist as a date (check the day and the month). Type the date as YYYY-MM-DD or DD-MM-YYYY, for example 2026-01-31.</translation>
        </message>
        <message>
            <source>De begindatum {van} ligt na de einddatum {tot}. Kies een begindatum die op of vóór de einddatum ligt.</source>
            <translation>The start date {van} is after the end date {tot}. Choose a start date on or before the end date.</translation>
        </message>
        <message>
            <source>groot tekort (minder dan de helft van de kinderen heeft een plek)</source>
            <translation>large shortage (fewer than half of the children have a place)</translation>
        </message>
        <message>
            <source>tekort (vrije plekken voor de helft of meer)</source>
            <translation>shortage (free places for half or more)</translation>
        </message>
        <message>
            <source>genoeg vrije plekken</source>
            <translation>enough free places</translation>
        </message>
        <message>
            <source>minder dan 5 wachtende kinderen</source>
            <translation>fewer than 5 waiting children</translation>
        </message>
        <message>
            <source>geen wachtende kinderen</source>
            <translation>no waiting children</translation>
        </message>
        <message>
            <source>{n} wachtende kinderen</source>
            <translation>{n} waiting children</translation>
        </message>
        <message>
            <source>{n} vrije plekken bij {g} beschikbare gezinnen</source>
            <translation>{n} free places with {g} available families</translation>
        </message>
        <message>
            <source>mediane wachttijd: {d} dagen</source>
            <translation>median waiting time: {d} days</translation>
        </message>
        <message>
            <source>alle zorgvormen</source>
            <translation>all kinds of care</translation>
        </message>
        <message>
            <source>totaal</source>
            <translation>total</translation>
        </message>
        <message>
            <source>aanvragen</source>
            <translation>requests</translation>
        </message>
        <message>
            <source>pakket</source>
            <translation>pack</translation>
        </message>
        <message>
            <source>info-avond</source>
            <translation>info evening</translation>
        </message>
        <message>
            <source>gescreend</source>
            <translation>screened</translation>
        </message>
        <message>
            <source>% aangemeld</source>
            <translation>% registered</translation>
        </message>
        <message>
            <source>% beschikbaar</source>
            <translation>% available</translation>
        </message>
        <message>
            <source>Cijfers over kinderen kleiner dan 5 staan er als "&lt;5"; een cijfer dat op minder dan 5 kinderen berust (een mediaan, een percentage, een tekort) als "(&lt;5)".</source>
            <translation>Figures about fewer than 5 children are shown as "&lt;5"; a figure based on fewer than 5 children (a median, a percentage, a shortage) as "(&lt;5)".</translation>
        </message>
        <message>
            <source>aanvragen in de periode</source>
            <translation>requests in the period</translation>
        </message>
        <message>
            <source>aangemeld (van die aanvragen)</source>
            <translation>registered (of those requests)</translation>
        </message>
        <message>
            <source>beschikbaar geworden</source>
            <translation>became available</translation>
        </message>
        <message>
            <source>gezin met een geplaatst kind</source>
            <translation>family with a placed child</translation>
        </message>
        <message>
            <source>vrije plekken nu</source>
            <translation>free places now</translation>
        </message>
        <message>
            <source>wachtende kinderen nu</source>
            <translation>waiting children now</translation>
        </message>
        <message>
            <source>binnen de norm beantwoord</source>
            <translation>answered within the norm</translation>
        </message>
        <message>
            <source>acties te laat</source>
            <translation>actions overdue</translation>
        </message>
        <message>
            <source>Kerncijfers</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>cijfer</source>
            <translation>figure</translation>
        </message>
        <message>
            <source>waarde</source>
            <translation>value</translation>
        </message>
        <message>
            <source>Trechter: van aanvraag tot plaatsing</source>
            <translation>Funnel: from request to placement</translation>
        </message>
        <message>
            <source>stap</source>
            <translation>step</translation>
        </message>
        <message>
            <source>bereikt</source>
            <translation>reached</translation>
        </message>
        <message>
            <source>% van vorige stap</source>
            <translation>% of previous step</translation>
        </message>
        <message>
            <source>% van aanvragen</source>
            <translation>% of requests</translation>
        </message>
        <message>
            <source>mediaan dagen in deze stap</source>
            <translation>median days in this step</translation>
        </message>
        <message>
            <source>doorgegaan (aantal achter de mediaan)</source>
            <translation>moved on (number behind the median)</translation>
        </message>
        <message>
            <source>afgehaakt in deze stap</source>
            <translation>dropped out in this step</translation>
        </message>
        <message>
            <source>Aanvragen ontvangen in de periode, gevolgd tot vandaag. Mediaan dagen: van het bereiken van deze stap tot het bereiken van de volgende, voor wie doorging.</source>
            <translation>Requests received in the period, followed up to today. Median days: from reaching this step to reaching the next one, for those who moved on.</translation>
        </message>
        <message>
            <source>Afhakers per stap, met hun reden</source>
            <translation>Drop-outs per step, with their reason</translation>
        </message>
        <message>
            <source>laatste stap</source>
            <translation>last step</translation>
        </message>
        <message>
            <source>reden</source>
            <translation>reason</translation>
        </message>
        <message>
            <source>aantal</source>
            <translation>number</translation>
        </message>
        <message>
            <source>% van afhakers in die stap</source>
            <translation>% of drop-outs in that step</translation>
        </message>
        <message>
            <source>Een aanvraag of gezin dat stopte, bij de verste stap die het bereikte. Gepauzeerde gezinnen zijn niet afgehaakt.</source>
            <translation>A request or family that stopped, at the furthest step it reached. Paused families have not dropped out.</translation>
        </message>
        <message>
            <source>Wat elke bron opleverde</source>
            <translation>What each source produced</translation>
        </message>
        <message>
            <source>bron</source>
            <translation>source</translation>
        </message>
        <message>
            <source>Aanvragen uit de periode per bron, en hoe ver ze tot vandaag kwamen.</source>
            <translation>Requests from the period per source, and how far they got up to today.</translation>
        </message>
        <message>
            <source>Wat elk evenement opleverde</source>
            <translation>What each event produced</translation>
        </message>
        <message>
            <source>Aanvragen die op een evenement binnenkwamen; evenementen met dezelfde naam (zoals de dagen van een pop-upweek) samen.</source>
            <translation>Requests that came in at an event; events with the same name (such as the days of a pop-up week) together.</translation>
        </message>
        <message>
            <source>Per evenementdag</source>
            <translation>Per event day</translation>
        </message>
        <message>
            <source>evenement (datum)</source>
            <translation>event (date)</translation>
        </message>
        <message>
            <source>Trechter per wijk (woonplaats van de aanvrager)</source>
            <translation>Funnel per district (where the requester lives)</translation>
        </message>
        <message>
            <source>wijk</source>
            <translation>district</translation>
        </message>
        <message>
            <source>Per maand van binnenkomst</source>
            <translation>By month of arrival</translation>
        </message>
        <message>
            <source>maand</source>
            <translation>month</translation>
        </message>
        <message>
            <source>Aanvragen per maand van binnenkomst, en hoe ver ze tot vandaag kwamen.</source>
            <translation>Requests per month of arrival, and how far they got up to today.</translation>
        </message>
        <message>
            <source>beschikbare gezinnen</source>
            <translation>available families</translation>
        </message>
        <message>
            <source>vrije plekken</source>
            <translation>free places</translation>
        </message>
        <message>
            <source>wachtende kinderen</source>
            <translation>waiting children</translation>
        </message>
        <message>
            <source>tekort (+) of overschot (−)</source>
            <translation>shortage (+) or surplus (−)</translation>
        </message>
        <message>
            <source>mediane wachttijd (dagen)</source>
            <translation>median waiting time (days)</translation>
        </message>
        <message>
            <source>zorgvorm</source>
            <translation>kind of care</translation>
        </message>
        <message>
            <source>Vraag en aanbod per wijk (vandaag)</source>
            <translation>Supply and demand per district (today)</translation>
        </message>
        <message>
            <source>Alle zorgvormen samen. Vrije plekken: aanbod van beschikbare gezinnen min lopende plaatsingen. Wachtende kinderen: status wacht of voorgesteld. Tekort: wachtende kinderen min vrije plekken; een gezin met meer zorgvormen telt per wijk één keer.</source>
            <translation>All kinds of care together. Free places: offers of available families minus current placements. Waiting children: status waiting or proposed. Shortage: waiting children minus free places; a family with several kinds of care counts once per district.</translation>
        </message>
        <message>
            <source>Vraag en aanbod per wijk en zorgvorm (vandaag)</source>
            <translation>Supply and demand per district and kind of care (today)</translation>
        </message>
        <message>
            <source>binnen {n} werkdag beantwoord</source>
            <translation>answered within {n} working day(s)</translation>
        </message>
        <message>
            <source>te laat beantwoord</source>
            <translation>answered late</translation>
        </message>
        <message>
            <source>niet beantwoord, norm verstreken</source>
            <translation>not answered, norm passed</translation>
        </message>
        <message>
            <source>niet beantwoord, nog binnen de norm</source>
            <translation>not answered, still within the norm</translation>
        </message>
        <message>
            <source>deel binnen de norm</source>
            <translation>share within the norm</translation>
        </message>
        <message>
            <source>aanvragen met een te late opvolgactie (nu)</source>
            <translation>requests with an overdue follow-up action (now)</translation>
        </message>
        <message>
            <source>gezinnen met een te late volgende actie (nu)</source>
            <translation>families with an overdue next action (now)</translation>
        </message>
        <message>
            <source>VGB's die binnen {n} dagen verlopen</source>
            <translation>VGBs that expire within {n} days</translation>
        </message>
        <message>
            <source>VOG's die binnen {n} dagen verlopen</source>
            <translation>VOGs that expire within {n} days</translation>
        </message>
        <message>
            <source>verlopen VGB/VOG bij beschikbare gezinnen</source>
            <translation>expired VGB/VOG at available families</translation>
        </message>
        <message>
            <source>Opvolging</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Norm: de eerste statuswijziging na 'nieuw' vóór het einde van de volgende werkdag (weekenden en feestdagen tellen niet mee).</source>
            <translation>Norm: the first status change after 'new' before the end of the next working day (weekends and public holidays do not count).</translation>
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
            <source>geen tijd (meer)</source>
            <translation>no time (any more)</translation>
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
            <source>anders (zie toelichting)</source>
            <translation>other (see explanation)</translation>
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
            <source>{name}: de {kind} is verlopen (geldig tot en met {date}). Vraag een nieuwe {kind} aan.</source>
            <translation>{name}: the {kind} has expired (valid up to and including {date}). Request a new {kind}.</translation>
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
            <source>{name}: de {kind} is geldig tot en met {date} (nog {days}). Vraag op tijd een nieuwe aan.</source>
            <translation>{name}: the {kind} is valid up to and including {date} ({days} left). Request a new one in time.</translation>
        </message>
        <message>
            <source>1 dag</source>
            <translation>1 day</translation>
        </message>
        <message>
            <source>{n} dagen</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <source>{name}: de {kind} is geldig tot en met {date}; de nieuwe is aangevraagd.</source>
            <translation>{name}: the {kind} is valid up to and including {date}; the new one has been requested.</translation>
        </message>
        <message>
            <source> tot en met {date}</source>
            <translation> up to and including {date}</translation>
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
            <source>Vul bij '{status}' een aantal werkdagen in van 0 of meer.</source>
            <translation>For '{status}', enter a number of working days of 0 or more.</translation>
        </message>
        <message>
            <source>'{status}': {days} werkdagen is te lang voor een reactietermijn. Gebruik hoogstens {maximum}.</source>
            <translation>'{status}': {days} working days is too long for a response time. Use at most {maximum}.</translation>
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
            <source>Afgebroken op uw verzoek; er is niets opgeslagen of geschreven.</source>
            <translation>Stopped at your request; nothing was saved or written.</translation>
        </message>
        <message>
            <source>Kies een bestandsnaam die eindigt op .csv (voor Excel) of .json, niet '{name}'.</source>
            <translation>Choose a file name that ends in .csv (for Excel) or .json, not '{name}'.</translation>
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
            <source>Voor een backup van een PostgreSQL-database is het programma {name} nodig, maar het is niet gevonden. Installeer de PostgreSQL-clientprogramma's (bijvoorbeeld: apt install postgresql-client) in dezelfde versie als de server, of laat de databasebeheerder de backups op de server maken.</source>
            <translation>A backup of a PostgreSQL database needs the program {name}, but it was not found. Install the PostgreSQL client programs (for example: apt install postgresql-client) in the same version as the server, or have the database administrator make the backups on the server.</translation>
        </message>
        <message>
            <source>De backup {path} is niet leesbaar: {reason}</source>
            <translation>The backup {path} cannot be read: {reason}</translation>
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
            <source>De database {path} is nog geopend door een ander venster of programma. Sluit Utregs Plekkie overal waar het deze database gebruikt, en probeer het dan opnieuw.</source>
            <translation>The database {path} is still open in another window or program. Close Utregs Plekkie wherever it uses this database, then try again.</translation>
        </message>
        <message>
            <source>Na het terugzetten vond de controle fouten ({reason}). Het vorige bestand staat in {safety}.</source>
            <translation>After restoring, the check found errors ({reason}). The previous file is in {safety}.</translation>
        </message>
        <message>
            <source>Houd de reden korter dan 1000 tekens.</source>
            <translation>Keep the reason shorter than 1000 characters.</translation>
        </message>
        <message>
            <source>Dit kind bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>This child does not exist (any more). Refresh the list.</translation>
        </message>
        <message>
            <source>Het dossier van kind {code} is al gesloten.</source>
            <translation>The case of child {code} has already been closed.</translation>
        </message>
        <message>
            <source>Kind {code} heeft een lopend voorstel. Wijs dat voorstel eerst af (met een reden) op de pagina Matching, en sluit dan het dossier.</source>
            <translation>Child {code} has a current proposal. First decline that proposal (with a reason) on the Matching page, then close the case.</translation>
        </message>
        <message>
            <source>Kind {code} is geplaatst. Beëindig eerst de plaatsing op de pagina Matching; daarna wordt het dossier vanzelf gesloten.</source>
            <translation>Child {code} has been placed. First end the placement on the Matching page; the case is then closed automatically.</translation>
        </message>
        <message>
            <source>dossier gesloten</source>
            <translation>case closed</translation>
        </message>
        <message>
            <source>postcode thuis</source>
            <translation>home postcode</translation>
        </message>
        <message>
            <source>postcode school</source>
            <translation>school postcode</translation>
        </message>
        <message>
            <source>postcode club</source>
            <translation>club postcode</translation>
        </message>
        <message>
            <source>vul een eigen code voor het kind in, bv. K24-0007 (geen naam, geen BSN)</source>
            <translation>enter a code of your own for the child, e.g. K24-0007 (no name, no BSN)</translation>
        </message>
        <message>
            <source>kies de maand en het jaar waarin het kind geboren is</source>
            <translation>choose the month and the year in which the child was born</translation>
        </message>
        <message>
            <source>{veld}: {melding}</source>
            <translation>{veld}: {melding}</translation>
        </message>
        <message>
            <source>Zonder postcode van thuis en van school kan matching geen afstand berekenen; gezinnen met een maximale afstand vallen dan af.</source>
            <translation>Without a home and school postcode, matching cannot calculate a distance; families with a maximum distance are then ruled out.</translation>
        </message>
        <message>
            <source>kies de zorgvorm die het kind nodig heeft</source>
            <translation>choose the kind of care the child needs</translation>
        </message>
        <message>
            <source>kies in het weekrooster op welke dagdelen het kind opvang nodig heeft (bv. woensdagmiddag)</source>
            <translation>choose in the weekly schedule the parts of days when the child needs care (e.g. Wednesday afternoon)</translation>
        </message>
        <message>
            <source>geef de groep een eigen code, niet die van het kind (bv. G-{code})</source>
            <translation>give the group a code of its own, not the child's (e.g. G-{code})</translation>
        </message>
        <message>
            <source>onbekende zorgbehoefte: {waarden}; kies uit de lijst</source>
            <translation>unknown care need: {waarden}; choose from the list</translation>
        </message>
        <message>
            <source>'{waarde}' is geen taalcode; kies de talen uit de lijst</source>
            <translation>'{waarde}' is not a language code; choose the languages from the list</translation>
        </message>
        <message>
            <source>onbekend dier: {waarden}; kies uit de lijst</source>
            <translation>unknown animal: {waarden}; choose from the list</translation>
        </message>
        <message>
            <source>plaatsingsplan bekeken</source>
            <translation>placement plan viewed</translation>
        </message>
        <message>
            <source>gegevens bekeken</source>
            <translation>details viewed</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>child</translation>
        </message>
        <message>
            <source>dit lijkt een BSN; een BSN wordt niet bewaard. Gebruik een eigen code (bv. K24-0007)</source>
            <translation>this looks like a BSN; a BSN is not stored. Use a code of your own (e.g. K24-0007)</translation>
        </message>
        <message>
            <source>'{code}' mag alleen letters, cijfers, punt, streepje en liggend streepje bevatten (hoogstens 40 tekens)</source>
            <translation>'{code}' may only contain letters, digits, full stop, hyphen and underscore (at most 40 characters)</translation>
        </message>
        <message>
            <source>{waarde} ligt in de toekomst</source>
            <translation>{waarde} is in the future</translation>
        </message>
        <message>
            <source>{waarde} is te lang geleden voor een pleegkind</source>
            <translation>{waarde} is too long ago for a foster child</translation>
        </message>
        <message>
            <source>'{waarde}' is geen postcode (vier cijfers, bv. 3511)</source>
            <translation>'{waarde}' is not a postcode (four digits, e.g. 3511)</translation>
        </message>
        <message>
            <source>alleen de vier cijfers {pc4} bewaard</source>
            <translation>only the four digits {pc4} stored</translation>
        </message>
        <message>
            <source>postcode {pc4} staat niet in de postcodetabel; de afstand is bij matching onbekend</source>
            <translation>postcode {pc4} is not in the postcode table; the distance is unknown for matching</translation>
        </message>
        <message>
            <source>{waarde} moet tussen 0 en 500 km liggen</source>
            <translation>{waarde} must be between 0 and 500 km</translation>
        </message>
        <message>
            <source>alleen initialen (letters, hoogstens 6), geen naam</source>
            <translation>initials only (letters, at most 6), no name</translation>
        </message>
        <message>
            <source>houd het korter dan 200 tekens</source>
            <translation>keep it shorter than 200 characters</translation>
        </message>
        <message>
            <source>'{code}' mag alleen letters, cijfers, punt en streepjes bevatten</source>
            <translation>'{code}' may only contain letters, digits, full stops and hyphens</translation>
        </message>
        <message>
            <source>er is al een kind met code {code}; kies een andere code</source>
            <translation>there already is a child with code {code}; choose another code</translation>
        </message>
        <message>
            <source>Broer/zus-groep {groep} is nieuw aangemaakt.</source>
            <translation>Sibling group {groep} has been created.</translation>
        </message>
        <message>
            <source>Het kind hoort nu bij broer/zus-groep {groep}, samen met {kinderen}; zij worden samen geplaatst.</source>
            <translation>The child now belongs to sibling group {groep}, together with {kinderen}; they will be placed together.</translation>
        </message>
        <message>
            <source>kind {code} vastgelegd</source>
            <translation>child {code} recorded</translation>
        </message>
        <message>
            <source>de broer/zus-groep kan niet veranderen zolang het kind {status} is; rond eerst het voorstel of de plaatsing af</source>
            <translation>the sibling group cannot change while the child is {status}; first complete the proposal or the placement</translation>
        </message>
        <message>
            <source>Dit voorstel bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>This proposal does not exist (any more). Refresh the list.</translation>
        </message>
        <message>
            <source>In deze database is al gewerkt (er staan regels in de audittrail), dus hij wordt niet leeggemaakt voor demogegevens. Gebruik --db met een nieuw bestand.</source>
            <translation>This database has already been worked in (there are lines in the audit trail), so it is not emptied for demo data. Use --db with a new file.</translation>
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
            <source>De postcodetabel bevat geen postcodes van Utrecht.</source>
            <translation>The postcode table contains no postcodes of Utrecht.</translation>
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
            <source>Evenement {id} bestaat niet (meer). Controleer het nummer of vernieuw de lijst.</source>
            <translation>Event {id} does not exist (any more). Check the number or refresh the list.</translation>
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
            <source>gezin</source>
            <translation>family</translation>
        </message>
        <message>
            <source>(naam onbekend)</source>
            <translation>(name unknown)</translation>
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
            <source>volwassene</source>
            <translation>adult</translation>
        </message>
        <message>
            <source>beschikbaarheid</source>
            <translation>availability</translation>
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
            <source>gezin {id}</source>
            <translation>family {id}</translation>
        </message>
        <message>
            <source>{kind} voor volwassene {id}</source>
            <translation>{kind} for adult {id}</translation>
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
            <source>Dit gezin bestaat niet (meer). Vernieuw de lijst en probeer het opnieuw.</source>
            <translation>This family does not exist (any more). Refresh the list and try again.</translation>
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
            <source>fase: {old} -&gt; {new}</source>
            <translation>stage: {old} -&gt; {new}</translation>
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
            <source>instelling</source>
            <translation>setting</translation>
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
            <source>voorstel</source>
            <translation>proposal</translation>
        </message>
        <message>
            <source>plaatsing</source>
            <translation>placement</translation>
        </message>
        <message>
            <source>Kind {code} heeft de status '{status}' en kan nu niet worden voorgesteld. Rond eerst het lopende voorstel af.</source>
            <translation>Child {code} has the status '{status}' and cannot be proposed now. First complete the current proposal.</translation>
        </message>
        <message>
            <source>Dit gezin bestaat niet (meer). Vernieuw de lijst.</source>
            <translation>This family does not exist (any more). Refresh the list.</translation>
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
            <source>Er is geen kind met code '{code}'. Controleer de code.</source>
            <translation>There is no child with code '{code}'. Check the code.</translation>
        </message>
        <message>
            <source>matching bekeken</source>
            <translation>matching viewed</translation>
        </message>
        <message>
            <source>shortlist</source>
            <translation>shortlist</translation>
        </message>
        <message>
            <source>gewichtenset</source>
            <translation>set of weights</translation>
        </message>
        <message>
            <source>overzicht</source>
            <translation>overview</translation>
        </message>
        <message>
            <source>De wijk '{wijk}' is onbekend. Kies een van: {wijken}.</source>
            <translation>The district '{wijk}' is unknown. Choose one of: {wijken}.</translation>
        </message>
        <message>
            <source>Aanvraag {ids} bestaat niet (meer). Controleer het nummer, of vernieuw de lijst en kies opnieuw.</source>
            <translation>Request {ids} does not exist (any more). Check the number, or refresh the list and choose again.</translation>
        </message>
        <message>
            <source>Aanvraag {id} is samengevoegd met aanvraag {other}; maak het pakket voor aanvraag {other}.</source>
            <translation>Request {id} has been merged with request {other}; make the pack for request {other}.</translation>
        </message>
        <message>
            <source>Aanvraag {id} is geanonimiseerd: er is geen naam en adres meer om een pakket naar te sturen.</source>
            <translation>Request {id} has been anonymised: there is no longer a name and address to send a pack to.</translation>
        </message>
        <message>
            <source>Aanvraag {id} heeft de toestemming voor contact ingetrokken; stuur geen pakket. Haal de aanvraag uit de selectie.</source>
            <translation>Request {id} has withdrawn consent for contact; do not send a pack. Remove the request from the selection.</translation>
        </message>
        <message>
            <source>Gezin {id} bestaat niet (meer). Controleer het nummer.</source>
            <translation>Family {id} does not exist (any more). Check the number.</translation>
        </message>
        <message>
            <source>Gezin {id} is geanonimiseerd: er zijn geen gegevens meer om een intakepakket mee te maken.</source>
            <translation>Family {id} has been anonymised: there is no longer any data to make an intake pack with.</translation>
        </message>
        <message>
            <source>Een of meer aanvragen zijn net door iemand anders gewijzigd. Er is niets als verstuurd gemarkeerd; probeer het opnieuw.</source>
            <translation>One or more requests have just been changed by someone else. Nothing has been marked as sent; try again.</translation>
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
            <source>persoon</source>
            <translation>person</translation>
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
            <source>zoektekst '{text}'</source>
            <translation>search text '{text}'</translation>
        </message>
        <message>
            <source>met zoektekst</source>
            <translation>with search text</translation>
        </message>
        <message>
            <source>status {v}</source>
            <translation>status {v}</translation>
        </message>
        <message>
            <source>interesse {v}</source>
            <translation>interest {v}</translation>
        </message>
        <message>
            <source>bron {v}</source>
            <translation>source {v}</translation>
        </message>
        <message>
            <source>evenement {v}</source>
            <translation>event {v}</translation>
        </message>
        <message>
            <source>buiten de stad</source>
            <translation>outside the city</translation>
        </message>
        <message>
            <source>wijk {v}</source>
            <translation>district {v}</translation>
        </message>
        <message>
            <source>aanbieder {v}</source>
            <translation>provider {v}</translation>
        </message>
        <message>
            <source>ontvangen vanaf {d}</source>
            <translation>received from {d}</translation>
        </message>
        <message>
            <source>ontvangen tot en met {d}</source>
            <translation>received up to and including {d}</translation>
        </message>
        <message>
            <source>alle aanvragen</source>
            <translation>all requests</translation>
        </message>
        <message>
            <source>Geef de toestemmingstekst een versie van 1 tot {n} tekens.</source>
            <translation>Give the consent text a version of 1 to {n} characters.</translation>
        </message>
        <message>
            <source>Vul de tekst van de toestemming in.</source>
            <translation>Enter the text of the consent.</translation>
        </message>
        <message>
            <source>Versie '{version}' bestaat al. Een gegeven toestemming verwijst naar de tekst van toen; geef de nieuwe tekst een nieuwe versie.</source>
            <translation>Version '{version}' already exists. A consent given refers to the text of that time; give the new text a new version.</translation>
        </message>
        <message>
            <source>toestemming: contact {contact}, bewaren {store}, tekst {version}</source>
            <translation>consent: contact {contact}, store {store}, text {version}</translation>
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
            <source>toestemming ingetrokken</source>
            <translation>consent withdrawn</translation>
        </message>
        <message>
            <source>aanvraag {id} ({name}, ontvangen {date}): {reasons}</source>
            <translation>request {id} ({name}, received {date}): {reasons}</translation>
        </message>
        <message>
            <source>zonder naam</source>
            <translation>without a name</translation>
        </message>
        <message>
            <source>Tussenvoegsel '{value}' is te lang. Gebruik hoogstens {maximum} tekens.</source>
            <translation>Name prefix '{value}' is too long. Use at most {maximum} characters.</translation>
        </message>
        <message>
            <source>Woonplaats '{value}' is te lang. Gebruik hoogstens {maximum} tekens.</source>
            <translation>Place of residence '{value}' is too long. Use at most {maximum} characters.</translation>
        </message>
        <message>
            <source>Straat bevat een onzichtbaar stuurteken. Wis het veld en typ de straat opnieuw.</source>
            <translation>Street contains an invisible control character. Clear the field and type the street again.</translation>
        </message>
        <message>
            <source>Straat '{value}' is te lang. Gebruik hoogstens {maximum} tekens.</source>
            <translation>Street '{value}' is too long. Use at most {maximum} characters.</translation>
        </message>
        <message>
            <source>Aanbieder '{value}' is onbekend. Kies KOOS Utrecht of Spoor030.</source>
            <translation>Provider '{value}' is unknown. Choose KOOS Utrecht or Spoor030.</translation>
        </message>
        <message>
            <source>adres</source>
            <translation>address</translation>
        </message>
        <message>
            <source>aanbieder</source>
            <translation>provider</translation>
        </message>
        <message>
            <source>toestemming</source>
            <translation>consent</translation>
        </message>
        <message>
            <source>Een aanvraag kan niet met zichzelf worden samengevoegd. Kies twee aanvragen.</source>
            <translation>A request cannot be merged with itself. Choose two requests.</translation>
        </message>
        <message>
            <source>Aanvraag {id} is al samengevoegd met aanvraag {target}. Kies aanvraag {target}.</source>
            <translation>Request {id} has already been merged with request {target}. Choose request {target}.</translation>
        </message>
        <message>
            <source>Beide aanvragen zijn al een gezin geworden. Voeg eerst de gezinnen samen op de pagina Gezinnen.</source>
            <translation>Both requests have already become a family. First merge the families on the Families page.</translation>
        </message>
        <message>
            <source>— Samengevoegd met aanvraag {id} op {date} ({name}, ontvangen {received}, bron {source}) —</source>
            <translation>— Merged with request {id} on {date} ({name}, received {received}, source {source}) —</translation>
        </message>
        <message>
            <source>aanvraag {other} samengevoegd hierin; aangevuld: {fields}</source>
            <translation>request {other} merged into this one; completed: {fields}</translation>
        </message>
        <message>
            <source>interesse {name}</source>
            <translation>interest {name}</translation>
        </message>
        <message>
            <source>samengevoegd in aanvraag {keep}</source>
            <translation>merged into request {keep}</translation>
        </message>
        <message>
            <source>{note}: aangevuld {fields}</source>
            <translation>{note}: completed {fields}</translation>
        </message>
        <message>
            <source>aangevuld uit een import: {fields}</source>
            <translation>completed from an import: {fields}</translation>
        </message>
        <message>
            <source>reactienorm aanvragen: {norm}</source>
            <translation>response norm for requests: {norm}</translation>
        </message>
        <message>
            <source>Het gekozen evenement bestaat niet (meer). Kies een ander.</source>
            <translation>The chosen event does not exist (any more). Choose another one.</translation>
        </message>
        <message>
            <source>evenement '{name}' aangemaakt voor aanvragen</source>
            <translation>event '{name}' created for requests</translation>
        </message>
        <message>
            <source>Toestemmingstekst versie '{version}' is onbekend. Gebruik een bestaande versie, of laat de versie leeg.</source>
            <translation>Consent text version '{version}' is unknown. Use an existing version, or leave the version empty.</translation>
        </message>
        <message>
            <source>Geen postcode: kies de aanbieder met de hand.</source>
            <translation>No postcode: choose the provider by hand.</translation>
        </message>
        <message>
            <source>Wijk {wijk}, aanbieder {provider}.</source>
            <translation>District {wijk}, provider {provider}.</translation>
        </message>
        <message>
            <source>Buiten de stad Utrecht ({place}): kies de aanbieder met de hand.</source>
            <translation>Outside the city of Utrecht ({place}): choose the provider by hand.</translation>
        </message>
        <message>
            <source>Postcode {pc4} is onbekend: kies de aanbieder met de hand.</source>
            <translation>Postcode {pc4} is unknown: choose the provider by hand.</translation>
        </message>
        <message>
            <source>bron: {source}</source>
            <translation>source: {source}</translation>
        </message>
        <message>
            <source>Deze aanvraag is samengevoegd met aanvraag {id} en kan niet meer worden gewijzigd. Open aanvraag {id}.</source>
            <translation>This request has been merged with request {id} and can no longer be changed. Open request {id}.</translation>
        </message>
        <message>
            <source>Deze aanvraag is samengevoegd met aanvraag {id}; wijzig de status daar.</source>
            <translation>This request has been merged with request {id}; change the status there.</translation>
        </message>
        <message>
            <source>Naam bevat een onzichtbaar stuurteken. Wis het veld en typ de naam opnieuw.</source>
            <translation>Name contains an invisible control character. Clear the field and type the name again.</translation>
        </message>
        <message>
            <source>Vul een naam in (voornaam en/of achternaam).</source>
            <translation>Enter a name (first name and/or surname).</translation>
        </message>
        <message>
            <source>Vul een e-mailadres of een telefoonnummer in, zodat we contact kunnen opnemen.</source>
            <translation>Enter an e-mail address or a phone number, so that we can get in touch.</translation>
        </message>
        <message>
            <source>Postcode {postcode} ligt in wijk {wijk}, die bij {provider} hoort. In de stad bepaalt de wijk de aanbieder; kies alleen bij een postcode buiten de stad zelf een aanbieder.</source>
            <translation>Postcode {postcode} is in district {wijk}, which belongs to {provider}. In the city the district determines the provider; only choose a provider yourself for a postcode outside the city.</translation>
        </message>
        <message>
            <source>Interesse (niet herkend): {words}</source>
            <translation>Interest (not recognised): {words}</translation>
        </message>
        <message>
            <source>De opmerkingen zijn te lang ({n} tekens). Gebruik hoogstens {maximum}.</source>
            <translation>The remarks are too long ({n} characters). Use at most {maximum}.</translation>
        </message>
        <message>
            <source>De naam van het evenement is te lang. Gebruik hoogstens {maximum} tekens.</source>
            <translation>The name of the event is too long. Use at most {maximum} characters.</translation>
        </message>
        <message>
            <source>Er is geen toestemming om contact op te nemen. Zonder die toestemming bewaren we de aanvraag niet: vraag de persoon om toestemming, of laat deze aanvraag weg.</source>
            <translation>There is no consent to get in touch. Without that consent we do not keep the request: ask the person for consent, or leave this request out.</translation>
        </message>
        <message>
            <source>De versie van de toestemmingstekst is te lang ({n} tekens).</source>
            <translation>The version of the consent text is too long ({n} characters).</translation>
        </message>
        <message>
            <source>Deze {kind} is intussen door iemand anders gewijzigd. Uw wijzigingen zijn niet opgeslagen, maar staan nog in het formulier: laad de nieuwste versie en voer ze opnieuw in.</source>
            <translation>This {kind} has been changed by someone else in the meantime. Your changes have not been saved, but are still in the form: load the latest version and enter them again.</translation>
        </message>
        <message>
            <source>Deze {kind} bestaat niet (meer). Vernieuw de lijst en probeer het opnieuw.</source>
            <translation>This {kind} does not exist (any more). Refresh the list and try again.</translation>
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
            <source>gebruiker</source>
            <translation>user</translation>
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
        <message>
            <source>{wacht} wacht · {vrij} vrij</source>
            <translation>{wacht} waiting · {vrij} free</translation>
        </message>
        <message>
            <source>{n} km</source>
            <translation>{n} km</translation>
        </message>
        <message>
            <source>N ↑</source>
            <translation>N ↑</translation>
        </message>
        <message>
            <source>pagina {n} van {totaal}</source>
            <translation>page {n} of {totaal}</translation>
        </message>
        <message>
            <source>Overzicht werving en matching</source>
            <translation>Recruitment and matching overview</translation>
        </message>
        <message>
            <source>Pleeg- en steunouders in Utrecht</source>
            <translation>Foster and support parents in Utrecht</translation>
        </message>
        <message>
            <source>Periode: {van} t/m {tot}</source>
            <translation>Period: {van} to {tot}</translation>
        </message>
        <message>
            <source>Aanbieder: {aanbieder}</source>
            <translation>Provider: {aanbieder}</translation>
        </message>
        <message>
            <source>Wijk: {wijk}</source>
            <translation>District: {wijk}</translation>
        </message>
        <message>
            <source>Gemaakt op {datum} om {tijd} uur</source>
            <translation>Made on {datum} at {tijd}</translation>
        </message>
        <message>
            <source>Vertrouwelijk: alleen voor intern gebruik.</source>
            <translation>Confidential: for internal use only.</translation>
        </message>
        <message>
            <source>Hoe dit overzicht te lezen</source>
            <translation>How to read this overview</translation>
        </message>
        <message>
            <source>De trechter volgt de aanvragen die in de periode binnenkwamen, tot vandaag: hoeveel ervan elke stap bereikten, hoe lang ze in een stap bleven (mediaan, in dagen) en wie waar afhaakte, met de reden. Vraag en aanbod en de opvolging gaan over vandaag.</source>
            <translation>The funnel follows the requests that came in during the period, up to today: how many of them reached each step, how long they stayed in a step (median, in days) and who dropped out where, with the reason. Supply and demand and the follow-up are about today.</translation>
        </message>
        <message>
            <source>1. De trechter: van aanvraag tot plaatsing</source>
            <translation>1. The funnel: from request to placement</translation>
        </message>
        <message>
            <source>Tussen haakjes: het deel van alle aanvragen uit de periode.</source>
            <translation>In brackets: the share of all requests from the period.</translation>
        </message>
        <message>
            <source>Afhakers en hun redenen</source>
            <translation>Drop-outs and their reasons</translation>
        </message>
        <message>
            <source>2. Wat elk kanaal opleverde</source>
            <translation>2. What each channel produced</translation>
        </message>
        <message>
            <source>Aanvragen per bron</source>
            <translation>Requests per source</translation>
        </message>
        <message>
            <source>Daarvan later aangemeld en beschikbaar geworden</source>
            <translation>Of which later registered and became available</translation>
        </message>
        <message>
            <source>Per bron</source>
            <translation>Per source</translation>
        </message>
        <message>
            <source>Per evenement</source>
            <translation>Per event</translation>
        </message>
        <message>
            <source>3. Door de tijd</source>
            <translation>3. Over time</translation>
        </message>
        <message>
            <source>Aanvragen per maand van binnenkomst</source>
            <translation>Requests per month of arrival</translation>
        </message>
        <message>
            <source>Recente maanden hebben minder tijd gehad om verder te komen: hun lijn loopt daardoor vanzelf af.</source>
            <translation>Recent months have had less time to get further: their line therefore naturally drops off.</translation>
        </message>
        <message>
            <source>Per maand</source>
            <translation>Per month</translation>
        </message>
        <message>
            <source>4. Vraag en aanbod per wijk (vandaag)</source>
            <translation>4. Supply and demand per district (today)</translation>
        </message>
        <message>
            <source>Kleur: hoeveel van de wachtende kinderen in de wijk een vrije plek in de wijk zouden hebben, over alle zorgvormen samen. De vlakken zijn de postcodegebieden van de stad (benaderd vanuit hun middelpunt).</source>
            <translation>Colour: how many of the waiting children in the district would have a free place in the district, over all kinds of care together. The areas are the city's postcode areas (approximated from their centre).</translation>
        </message>
        <message>
            <source>Kaart: eigen bewerking van postcodegegevens van {bron}.</source>
            <translation>Map: own adaptation of postcode data from {bron}.</translation>
        </message>
        <message>
            <source>Per wijk en zorgvorm</source>
            <translation>Per district and kind of care</translation>
        </message>
        <message>
            <source>5. De trechter per wijk</source>
            <translation>5. The funnel per district</translation>
        </message>
        <message>
            <source>6. Opvolging</source>
            <translation>6. Follow-up</translation>
        </message>
        <message>
            <source>Geen gegevens in deze periode.</source>
            <translation>No data in this period.</translation>
        </message>
        <message>
            <source>Overzicht werving · {periode} · {aanbieder}</source>
            <translation>Recruitment overview · {periode} · {aanbieder}</translation>
        </message>
        <message>
            <source>Gemaakt {datum} · Vertrouwelijk · Utregs Plekkie {versie}</source>
            <translation>Made {datum} · Confidential · Utregs Plekkie {versie}</translation>
        </message>
        <message>
            <source>Overzicht werving en matching {periode}</source>
            <translation>Recruitment and matching overview {periode}</translation>
        </message>
        <message>
            <source>Trechter, kanalen, vraag en aanbod, opvolging: {filter}</source>
            <translation>Funnel, channels, supply and demand, follow-up: {filter}</translation>
        </message>
        <message>
            <source>'{pad}' is een map. Geef een bestandsnaam op.</source>
            <translation>'{pad}' is a folder. Give a file name.</translation>
        </message>
        <message>
            <source>De map '{map}' bestaat niet. Kies een bestaande map.</source>
            <translation>The folder '{map}' does not exist. Choose an existing folder.</translation>
        </message>
        <message>
            <source>Kan '{pad}' niet schrijven. Is het bestand nog open in een PDF-lezer? Sluit het en probeer het opnieuw.</source>
            <translation>Cannot write '{pad}'. Is the file still open in a PDF reader? Close it and try again.</translation>
        </message>
        <message>
            <source>Kan '{pad}' niet schrijven: {reden}</source>
            <translation>Cannot write '{pad}': {reden}</translation>
        </message>
        <message>
            <source>De tekst '{key}' is geen tekst. Vul gewone tekst in.</source>
            <translation>The text '{key}' is not text. Enter ordinary text.</translation>
        </message>
        <message>
            <source>In de tekst '{key}' staat een losse accolade ({{ of }}). Gebruik accolades alleen rond een veld, zoals {{voornaam}}.</source>
            <translation>The text '{key}' contains a stray brace ({{ or }}). Only use braces around a field, such as {{voornaam}}.</translation>
        </message>
        <message>
            <source>Het webadres van {org} moet beginnen met https:// (bijvoorbeeld https://www.koosutrecht.nl/pleegzorg).</source>
            <translation>The web address of {org} must start with https:// (for example https://www.koosutrecht.nl/pleegzorg).</translation>
        </message>
        <message>
            <source>{org}: {problem}</source>
            <translation>{org}: {problem}</translation>
        </message>
        <message>
            <source>Het logo van {org} ({path}) is niet gevonden. Kies een PNG- of JPG-bestand dat bestaat, of laat het veld leeg.</source>
            <translation>The logo of {org} ({path}) was not found. Choose a PNG or JPG file that exists, or leave the field empty.</translation>
        </message>
        <message>
            <source>instelling van de pakketten</source>
            <translation>pack setting</translation>
        </message>
        <message>
            <source>kolom {kolom}: {melding}</source>
            <translation>column {kolom}: {melding}</translation>
        </message>
        <message>
            <source>kolom {kolom}: '{waarde}' is geen ja of nee</source>
            <translation>column {kolom}: '{waarde}' is not ja or nee</translation>
        </message>
        <message>
            <source>kolom {kolom}: '{waarde}' is geen datum (schrijf bv. 2026-09-01 of 1-9-2026)</source>
            <translation>column {kolom}: '{waarde}' is not a date (write e.g. 2026-09-01 or 1-9-2026)</translation>
        </message>
        <message>
            <source>kolom geboortemaand: '{waarde}' is geen maand (schrijf bv. 2016-03 of 03-2016)</source>
            <translation>column geboortemaand: '{waarde}' is not a month (write e.g. 2016-03 or 03-2016)</translation>
        </message>
        <message>
            <source>kolom {kolom}: '{waarde}' is onbekend; kies uit {opties}</source>
            <translation>column {kolom}: '{waarde}' is unknown; choose from {opties}</translation>
        </message>
        <message>
            <source>kolom talen: '{waarde}' is geen taal die we kennen; schrijf een taalcode (nl, tr, ar, ...) of de Nederlandse naam</source>
            <translation>column talen: '{waarde}' is not a language we know; write a language code (nl, tr, ar, ...) or the Dutch name</translation>
        </message>
        <message>
            <source>kolom rooster: '{deel}' loopt achteruit</source>
            <translation>column rooster: '{deel}' runs backwards</translation>
        </message>
        <message>
            <source>kolom rooster: '{woord}' in '{deel}' begrijpen we niet; schrijf bv. 'wo middag; za ochtend en middag'</source>
            <translation>column rooster: we do not understand '{woord}' in '{deel}'; write e.g. 'wo middag; za ochtend en middag'</translation>
        </message>
        <message>
            <source>kolom rooster: in '{deel}' ontbreekt een dag of een dagdeel (bv. 'za middag')</source>
            <translation>column rooster: '{deel}' is missing a day or a part of the day (e.g. 'za middag')</translation>
        </message>
        <message>
            <source>kolom max_afstand_km: '{waarde}' is geen getal</source>
            <translation>column max_afstand_km: '{waarde}' is not a number</translation>
        </message>
        <message>
            <source>verplicht: een eigen code voor het kind (geen naam, geen BSN), bv. K24-0007</source>
            <translation>required: a code of your own for the child (no name, no BSN), e.g. K24-0007</translation>
        </message>
        <message>
            <source>verplicht: maand en jaar, bv. 2016-03 of 03-2016</source>
            <translation>required: month and year, e.g. 2016-03 or 03-2016</translation>
        </message>
        <message>
            <source>verplicht: voltijd_crisis, voltijd_kort, voltijd_lang, deeltijd_weekend, deeltijd_vakantie, deeltijd_dagdelen of steunouder</source>
            <translation>required: voltijd_crisis, voltijd_kort, voltijd_lang, deeltijd_weekend, deeltijd_vakantie, deeltijd_dagdelen or steunouder</translation>
        </message>
        <message>
            <source>jongen, meisje, anders of leeg</source>
            <translation>jongen (boy), meisje (girl), anders (other) or empty</translation>
        </message>
        <message>
            <source>vier cijfers van de postcode van thuis (een hele postcode wordt ingekort)</source>
            <translation>four digits of the home postcode (a full postcode is shortened)</translation>
        </message>
        <message>
            <source>vier cijfers van de postcode van de school</source>
            <translation>four digits of the school's postcode</translation>
        </message>
        <message>
            <source>vier cijfers van de postcode van de club of vereniging</source>
            <translation>four digits of the postcode of the club or association</translation>
        </message>
        <message>
            <source>welke dagdelen, bv. 'wo middag; za ochtend; za middag', 'ma t/m vr middag' of 'hele week'; leeg: voltijd de hele week, weekend vrijdagavond t/m zondag</source>
            <translation>which parts of days, e.g. 'wo middag; za ochtend; za middag', 'ma t/m vr middag' or 'hele week'; empty: full-time the whole week, weekend Friday evening to Sunday</translation>
        </message>
        <message>
            <source>geen, elk, om_de_week of eens_per_maand</source>
            <translation>geen, elk, om_de_week or eens_per_maand (none, every, every other week or once a month)</translation>
        </message>
        <message>
            <source>ja of nee: opvang in vakanties nodig</source>
            <translation>ja or nee: care needed during the holidays</translation>
        </message>
        <message>
            <source>datum, bv. 2026-09-01 of 1-9-2026</source>
            <translation>date, e.g. 2026-09-01 or 1-9-2026</translation>
        </message>
        <message>
            <source>normaal, hoog of crisis (leeg: normaal)</source>
            <translation>normaal, hoog or crisis (normal, high or crisis; empty: normaal)</translation>
        </message>
        <message>
            <source>dezelfde code voor broers en zussen die samen geplaatst worden</source>
            <translation>the same code for siblings who are placed together</translation>
        </message>
        <message>
            <source>gescheiden door komma's: gedragsproblemen, lvb, trauma, medische_zorg, adhd_autisme, hechting, baby</source>
            <translation>separated by commas: gedragsproblemen, lvb, trauma, medische_zorg, adhd_autisme, hechting, baby</translation>
        </message>
        <message>
            <source>taalcodes of namen, gescheiden door komma's, bv. nl, tr</source>
            <translation>language codes or names, separated by commas, e.g. nl, tr</translation>
        </message>
        <message>
            <source>wens voor cultuur of geloof, bv. islamitisch</source>
            <translation>wish for culture or religion, e.g. islamitisch</translation>
        </message>
        <message>
            <source>allergisch voor: hond, kat, konijn, vogel, paard, ander_huisdier</source>
            <translation>allergic to: hond, kat, konijn, vogel, paard, ander_huisdier</translation>
        </message>
        <message>
            <source>ja of nee: het kind heeft een rookvrij huis nodig</source>
            <translation>ja or nee: the child needs a smoke-free home</translation>
        </message>
        <message>
            <source>hoogstens zoveel km van thuis en school, bv. 10</source>
            <translation>at most this many km from home and school, e.g. 10</translation>
        </message>
        <message>
            <source>koos of spoor030 (leeg: de aanbieder van de wijk van thuis)</source>
            <translation>koos or spoor030 (empty: the provider of the home district)</translation>
        </message>
        <message>
            <source>alleen de initialen van de casemanager, bv. AB</source>
            <translation>only the case manager's initials, e.g. AB</translation>
        </message>
        <message>
            <source>datum sinds wanneer het kind wacht (leeg: vandaag)</source>
            <translation>date since when the child has been waiting (empty: today)</translation>
        </message>
        <message>
            <source>{bestand}: {nieuw} kinderen nieuw, {over} overgeslagen (code bestond al of voorbeeldregel), {fout} regels met fouten.</source>
            <translation>{bestand}: {nieuw} children new, {over} skipped (code already existed or example row), {fout} rows with errors.</translation>
        </message>
        <message>
            <source>Proefronde: er is niets opgeslagen.</source>
            <translation>Trial run: nothing has been saved.</translation>
        </message>
        <message>
            <source>Geweigerde kolommen (niet gelezen, niet bewaard): {kolommen}.</source>
            <translation>Refused columns (not read, not stored): {kolommen}.</translation>
        </message>
        <message>
            <source>regel</source>
            <translation>row</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>resultaat</source>
            <translation>result</translation>
        </message>
        <message>
            <source>melding</source>
            <translation>message</translation>
        </message>
        <message>
            <source>Verslag</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Vul per kind één regel in. Geen namen, geen BSN, geen adressen: alleen een eigen code, de geboortemaand en vier cijfers van postcodes. De voorbeeldregel (code {voorbeeld}) wordt bij inlezen overgeslagen.</source>
            <translation>Fill in one row per child. No names, no BSN, no addresses: only a code of your own, the birth month and four digits of postcodes. The example row (code {voorbeeld}) is skipped when importing.</translation>
        </message>
        <message>
            <source>Inlezen: utregs-plekkie import children BESTAND --report verslag.csv</source>
            <translation>Import: utregs-plekkie import children FILE --report report.csv</translation>
        </message>
        <message>
            <source>Kinderen</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>kolom code is leeg; geef elk kind een eigen code</source>
            <translation>column code is empty; give every child a code of its own</translation>
        </message>
        <message>
            <source>kolom geboortemaand is leeg</source>
            <translation>column geboortemaand is empty</translation>
        </message>
        <message>
            <source>kolom geboortemaand: alleen maand en jaar bewaard, niet de dag</source>
            <translation>column geboortemaand: only month and year stored, not the day</translation>
        </message>
        <message>
            <source>kolom zorgvorm is leeg</source>
            <translation>column zorgvorm is empty</translation>
        </message>
        <message>
            <source>Kolommen geweigerd en niet gelezen: {kolommen}. Kinderen worden alleen met een code, geboortemaand en vier cijfers van postcodes vastgelegd; haal deze kolommen uit het bestand.</source>
            <translation>Columns refused and not read: {kolommen}. Children are only recorded with a code, birth month and four digits of postcodes; remove these columns from the file.</translation>
        </message>
        <message>
            <source>Onbekende kolommen, niet gelezen: {kolommen}.</source>
            <translation>Unknown columns, not read: {kolommen}.</translation>
        </message>
        <message>
            <source>Dubbele kolommen, alleen de eerste gelezen: {kolommen}.</source>
            <translation>Duplicate columns, only the first one read: {kolommen}.</translation>
        </message>
        <message>
            <source>In {bestand} ontbreken de kolommen {kolommen}. Gebruik het sjabloon (utregs-plekkie template children BESTAND) of geef de kolommen deze namen.</source>
            <translation>{bestand} is missing the columns {kolommen}. Use the template (utregs-plekkie template children FILE) or give the columns these names.</translation>
        </message>
        <message>
            <source>Een volledige geboortedatum wordt niet gelezen of bewaard: zet alleen maand en jaar in een kolom geboortemaand (bv. 2016-03).</source>
            <translation>A full date of birth is not read or stored: put only month and year in a column geboortemaand (e.g. 2016-03).</translation>
        </message>
        <message>
            <source>Inlezen afgebroken; er is niets opgeslagen.</source>
            <translation>Import stopped; nothing has been saved.</translation>
        </message>
        <message>
            <source>voorbeeldregel</source>
            <translation>example row</translation>
        </message>
        <message>
            <source>code {code} staat al op regel {regel} van dit bestand</source>
            <translation>code {code} is already on row {regel} of this file</translation>
        </message>
        <message>
            <source>er is al een kind met deze code; niets gewijzigd</source>
            <translation>there already is a child with this code; nothing changed</translation>
        </message>
        <message>
            <source>{bestand}: {nieuw} nieuw, {over} overgeslagen, {fout} fouten</source>
            <translation>{bestand}: {nieuw} new, {over} skipped, {fout} errors</translation>
        </message>
        <message>
            <source>; geweigerde kolommen: {kolommen}</source>
            <translation>; refused columns: {kolommen}</translation>
        </message>
        <message>
            <source>'{path}' is een map. Geef een bestandsnaam op.</source>
            <translation>'{path}' is a folder. Give a file name.</translation>
        </message>
        <message>
            <source>De map '{folder}' bestaat niet. Kies een bestaande map.</source>
            <translation>The folder '{folder}' does not exist. Choose an existing folder.</translation>
        </message>
        <message>
            <source>Kan niet schrijven in de map '{folder}': {reason}</source>
            <translation>Cannot write in the folder '{folder}': {reason}</translation>
        </message>
        <message>
            <source>Kan '{path}' niet schrijven. Is het bestand nog open in Excel? Sluit het en probeer het opnieuw.</source>
            <translation>Cannot write '{path}'. Is the file still open in Excel? Close it and try again.</translation>
        </message>
        <message>
            <source>Uitleg</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Kies een bestandsnaam die eindigt op .csv of .xlsx (niet '{suffix}').</source>
            <translation>Choose a file name that ends in .csv or .xlsx (not '{suffix}').</translation>
        </message>
        <message>
            <source>geen extensie</source>
            <translation>no extension</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Tussenvoegsel</source>
            <translation>Name prefix</translation>
        </message>
        <message>
            <source>Achternaam</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Straat</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Huisnummer</source>
            <translation>House number</translation>
        </message>
        <message>
            <source>Interesse</source>
            <translation>Interest</translation>
        </message>
        <message>
            <source>Bron toelichting</source>
            <translation>Source explanation</translation>
        </message>
        <message>
            <source>Evenement</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Toestemming contact</source>
            <translation>Contact consent</translation>
        </message>
        <message>
            <source>Toestemming bewaren</source>
            <translation>Storage consent</translation>
        </message>
        <message>
            <source>Toestemming datum</source>
            <translation>Consent date</translation>
        </message>
        <message>
            <source>Toestemmingstekst</source>
            <translation>Consent text</translation>
        </message>
        <message>
            <source>Opmerkingen</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Export afgebroken; er is geen bestand geschreven.</source>
            <translation>Export stopped; no file has been written.</translation>
        </message>
        <message>
            <source>{n} aanvragen geëxporteerd naar {path}</source>
            <translation>{n} requests exported to {path}</translation>
        </message>
        <message>
            <source>Kies een bestandsnaam die eindigt op .csv of .xlsx (niet '{name}').</source>
            <translation>Choose a file name that ends in .csv or .xlsx (not '{name}').</translation>
        </message>
        <message>
            <source>{n} aanvragen naar {file}; {filters}</source>
            <translation>{n} requests to {file}; {filters}</translation>
        </message>
        <message>
            <source>In {file} staat geen kolom 'gezinsnaam' (of 'achternaam'). Zet de namen in een kolom met die kop; het sjabloon (utregs-plekkie template households sjabloon.xlsx) laat alle kolommen zien.</source>
            <translation>{file} has no column 'gezinsnaam' (or 'achternaam'). Put the names in a column with that heading; the template (utregs-plekkie template households sjabloon.xlsx) shows all columns.</translation>
        </message>
        <message>
            <source>Sjabloon voor het inlezen van gezinnen: één regel per gezin.</source>
            <translation>Template for importing families: one row per family.</translation>
        </message>
        <message>
            <source>Alleen 'gezinsnaam' (of de achternaam van volwassene 1) is verplicht.</source>
            <translation>Only 'gezinsnaam' (or the surname of adult 1) is required.</translation>
        </message>
        <message>
            <source>route: pleegouder of steunouder (leeg: pleegouder, of steunouder als de zorgvorm alleen 'steunouder' is).</source>
            <translation>route: pleegouder or steunouder (empty: pleegouder, or steunouder if the only kind of care is 'steunouder').</translation>
        </message>
        <message>
            <source>fase: {stages}.</source>
            <translation>fase (stage): {stages}.</translation>
        </message>
        <message>
            <source>reden gestopt (bij fase 'gestopt'): {reasons}.</source>
            <translation>reden gestopt (reason for stopping, with fase 'gestopt'): {reasons}.</translation>
        </message>
        <message>
            <source>Datums als 31-12-2026. Ja/nee-velden: ja of nee.</source>
            <translation>Dates like 31-12-2026. Yes/no fields: ja or nee.</translation>
        </message>
        <message>
            <source>Bij fase 'beschikbaar' is voor elke volwassene een geldige VGB nodig (steunouders: een VOG).</source>
            <translation>With fase 'beschikbaar', every adult needs a valid VGB (support parents: a VOG).</translation>
        </message>
        <message>
            <source>zorgvormen: {forms}; meerdere gescheiden door komma's.</source>
            <translation>zorgvormen (kinds of care): {forms}; separate several with commas.</translation>
        </message>
        <message>
            <source>weekrooster (deeltijd en steunouders): dagen en dagdelen, bijvoorbeeld 'za ochtend, za middag, ma-vr avond'.</source>
            <translation>weekrooster (weekly schedule; part-time and support parents): days and parts of days, for example 'za ochtend, za middag, ma-vr avond'.</translation>
        </message>
        <message>
            <source>weekenden: elk weekend, om het weekend, eens per maand.</source>
            <translation>weekenden (weekends): elk weekend, om het weekend, eens per maand.</translation>
        </message>
        <message>
            <source>kan omgaan met / ervaring: {needs}.</source>
            <translation>kan omgaan met / ervaring (can handle / experience): {needs}.</translation>
        </message>
        <message>
            <source>Een gezin dat er al is (zelfde e-mailadres, of zelfde naam en adres) wordt overgeslagen; hetzelfde bestand twee keer inlezen voegt dus niets toe.</source>
            <translation>A family that is already there (same e-mail address, or same name and address) is skipped; importing the same file twice therefore adds nothing.</translation>
        </message>
        <message>
            <source>Kies voor het sjabloon een bestandsnaam op .xlsx of .csv (niet '{name}').</source>
            <translation>Choose a file name ending in .xlsx or .csv for the template (not '{name}').</translation>
        </message>
        <message>
            <source>Gezinnen</source>
            <translation>Families</translation>
        </message>
        <message>
            <source>{file}: {added} gezinnen toegevoegd, {skipped} overgeslagen (stonden er al), {refused} geweigerd.</source>
            <translation>{file}: {added} families added, {skipped} skipped (already there), {refused} refused.</translation>
        </message>
        <message>
            <source>Afgebroken: de rest van het bestand is niet ingelezen.</source>
            <translation>Stopped: the rest of the file has not been read.</translation>
        </message>
        <message>
            <source>toegevoegd</source>
            <translation>added</translation>
        </message>
        <message>
            <source>overgeslagen</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>geweigerd</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>'{value}' is geen datum; schrijf bijvoorbeeld 31-12-2026.</source>
            <translation>'{value}' is not a date; write for example 31-12-2026.</translation>
        </message>
        <message>
            <source>'{value}' is geen getal.</source>
            <translation>'{value}' is not a number.</translation>
        </message>
        <message>
            <source>'{value}' is geen ja of nee.</source>
            <translation>'{value}' is not ja or nee.</translation>
        </message>
        <message>
            <source>'{value}' ken ik niet; kies uit: {allowed}.</source>
            <translation>I do not know '{value}'; choose from: {allowed}.</translation>
        </message>
        <message>
            <source>'{value}' kan ik niet lezen; schrijf dagen en dagdelen, bijvoorbeeld 'za ochtend, za middag, ma-vr avond'.</source>
            <translation>I cannot read '{value}'; write days and parts of days, for example 'za ochtend, za middag, ma-vr avond'.</translation>
        </message>
        <message>
            <source>Bij '{value}' staat geen dag (ma, di, wo, do, vr, za, zo).</source>
            <translation>'{value}' has no day (ma, di, wo, do, vr, za, zo).</translation>
        </message>
        <message>
            <source>de route voor {route}s kent geen fase {stage}.</source>
            <translation>the route for {route}s has no stage {stage}.</translation>
        </message>
        <message>
            <source>bij een gestopt gezin hoort een reden.</source>
            <translation>a stopped family needs a reason.</translation>
        </message>
        <message>
            <source>vul de naam van deze volwassene in.</source>
            <translation>enter the name of this adult.</translation>
        </message>
        <message>
            <source>vul de naam van het gezin of van een volwassene in.</source>
            <translation>enter the name of the family or of an adult.</translation>
        </message>
        <message>
            <source>staat al in het programma (gezin {id})</source>
            <translation>already in the program (family {id})</translation>
        </message>
        <message>
            <source>staat eerder in dit bestand (regel {row})</source>
            <translation>appears earlier in this file (row {row})</translation>
        </message>
        <message>
            <source>{file}: {added} toegevoegd, {skipped} overgeslagen, {refused} geweigerd</source>
            <translation>{file}: {added} added, {skipped} skipped, {refused} refused</translation>
        </message>
        <message>
            <source>de datum ligt in de toekomst.</source>
            <translation>the date is in the future.</translation>
        </message>
        <message>
            <source>geïmporteerd uit {file}</source>
            <translation>imported from {file}</translation>
        </message>
        <message>
            <source>naam (hele naam)</source>
            <translation>name (full name)</translation>
        </message>
        <message>
            <source>interesse</source>
            <translation>interest</translation>
        </message>
        <message>
            <source>toelichting bron</source>
            <translation>source explanation</translation>
        </message>
        <message>
            <source>datum ontvangen</source>
            <translation>date received</translation>
        </message>
        <message>
            <source>toestemming contact</source>
            <translation>contact consent</translation>
        </message>
        <message>
            <source>toestemming bewaren</source>
            <translation>storage consent</translation>
        </message>
        <message>
            <source>datum toestemming</source>
            <translation>consent date</translation>
        </message>
        <message>
            <source>versie toestemmingstekst</source>
            <translation>consent text version</translation>
        </message>
        <message>
            <source>opmerking</source>
            <translation>remark</translation>
        </message>
        <message>
            <source>Er is geen kolom voor de naam. Koppel een kolom aan 'naam' of aan 'voornaam' en 'achternaam'.</source>
            <translation>There is no column for the name. Link a column to 'name' or to 'first name' and 'surname'.</translation>
        </message>
        <message>
            <source>Er is geen kolom voor het e-mailadres of het telefoonnummer. Koppel een kolom aan 'e-mailadres' of 'telefoonnummer'.</source>
            <translation>There is no column for the e-mail address or the phone number. Link a column to 'e-mail address' or 'phone number'.</translation>
        </message>
        <message>
            <source>'{header}' -&gt; {field}</source>
            <translation>'{header}' -&gt; {field}</translation>
        </message>
        <message>
            <source>'{header}': niet herkend, niet ingelezen</source>
            <translation>'{header}': not recognised, not read</translation>
        </message>
        <message>
            <source>'{header}': niet ingelezen</source>
            <translation>'{header}': not read</translation>
        </message>
        <message>
            <source>Kolom '{header}' staat niet in het bestand. Kies uit: {headers}.</source>
            <translation>Column '{header}' is not in the file. Choose from: {headers}.</translation>
        </message>
        <message>
            <source>Veld '{value}' bestaat niet. Kies uit: {fields}.</source>
            <translation>Field '{value}' does not exist. Choose from: {fields}.</translation>
        </message>
        <message>
            <source>Twee kolommen zijn gekoppeld aan '{field}'. Koppel elk veld aan één kolom.</source>
            <translation>Two columns are linked to '{field}'. Link each field to one column.</translation>
        </message>
        <message>
            <source>Trechter</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <source>Afhakers</source>
            <translation>Drop-outs</translation>
        </message>
        <message>
            <source>Bronnen</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Evenementdagen</source>
            <translation>Event days</translation>
        </message>
        <message>
            <source>Trechter per wijk</source>
            <translation>Funnel per district</translation>
        </message>
        <message>
            <source>Vraag en aanbod per wijk</source>
            <translation>Supply and demand per district</translation>
        </message>
        <message>
            <source>Vraag en aanbod per zorgvorm</source>
            <translation>Supply and demand per kind of care</translation>
        </message>
        <message>
            <source>Overzicht werving en matching, Utregs Plekkie</source>
            <translation>Recruitment and matching overview, Utregs Plekkie</translation>
        </message>
        <message>
            <source>periode</source>
            <translation>period</translation>
        </message>
        <message>
            <source>alle wijken</source>
            <translation>all districts</translation>
        </message>
        <message>
            <source>gemaakt op</source>
            <translation>made on</translation>
        </message>
        <message>
            <source>kleine aantallen</source>
            <translation>small numbers</translation>
        </message>
        <message>
            <source>trechter</source>
            <translation>funnel</translation>
        </message>
        <message>
            <source>Aanvragen ontvangen in de periode, gevolgd tot vandaag; vraag en aanbod en opvolging gaan over vandaag.</source>
            <translation>Requests received in the period, followed up to today; supply and demand and follow-up are about today.</translation>
        </message>
        <message>
            <source>Over dit overzicht</source>
            <translation>About this overview</translation>
        </message>
        <message>
            <source>het begint als UTF-8 maar bevat tekens die geen UTF-8 zijn. Sla het opnieuw op als 'CSV UTF-8'.</source>
            <translation>it starts as UTF-8 but contains characters that are not UTF-8. Save it again as 'CSV UTF-8'.</translation>
        </message>
        <message>
            <source>het is geen geldig UTF-16. Sla het opnieuw op als 'CSV UTF-8'.</source>
            <translation>it is not valid UTF-16. Save it again as 'CSV UTF-8'.</translation>
        </message>
        <message>
            <source>het bevat nultekens en lijkt geen tekstbestand. Kies een .csv- of .xlsx-bestand.</source>
            <translation>it contains null characters and does not look like a text file. Choose a .csv or .xlsx file.</translation>
        </message>
        <message>
            <source>het bestand is leeg. Kies een bestand met gegevens.</source>
            <translation>the file is empty. Choose a file with data.</translation>
        </message>
        <message>
            <source>regel {line} is te lang of niet goed afgesloten. Controleer of alle aanhalingstekens rond die regel gesloten zijn.</source>
            <translation>line {line} is too long or not properly closed. Check that all quotation marks around that line are closed.</translation>
        </message>
        <message>
            <source>dit is het oude Excel-formaat. Sla het bestand in Excel op als .xlsx of .csv.</source>
            <translation>this is the old Excel format. Save the file in Excel as .xlsx or .csv.</translation>
        </message>
        <message>
            <source>Het bestand '{path}' bestaat niet. Controleer de naam en de map.</source>
            <translation>The file '{path}' does not exist. Check the name and the folder.</translation>
        </message>
        <message>
            <source>'{path}' is een map, geen bestand. Kies een .csv- of .xlsx-bestand.</source>
            <translation>'{path}' is a folder, not a file. Choose a .csv or .xlsx file.</translation>
        </message>
        <message>
            <source>{file} is te groot ({mb} MB). Splits het in kleinere bestanden.</source>
            <translation>{file} is too large ({mb} MB). Split it into smaller files.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' kan niet worden gelezen: {reason}</source>
            <translation>The file '{name}' cannot be read: {reason}</translation>
        </message>
        <message>
            <source>kolom {n}</source>
            <translation>column {n}</translation>
        </message>
        <message>
            <source>het bestand bevat geen gegevens. Kies een bestand met gegevens.</source>
            <translation>the file contains no data. Choose a file with data.</translation>
        </message>
        <message>
            <source>Sommige rijen hebben meer kolommen dan de kopregel; die extra kolommen heten 'kolom N' en worden niet ingelezen.</source>
            <translation>Some rows have more columns than the header row; those extra columns are called 'column N' and are not read.</translation>
        </message>
        <message>
            <source>het is geen geldig Excel-bestand (.xlsx). Open het in Excel en sla het opnieuw op.</source>
            <translation>it is not a valid Excel file (.xlsx). Open it in Excel and save it again.</translation>
        </message>
        <message>
            <source>het Excel-bestand is beschadigd. Open het in Excel en sla het opnieuw op.</source>
            <translation>the Excel file is damaged. Open it in Excel and save it again.</translation>
        </message>
        <message>
            <source>het Excel-bestand bevat geen gegevens. Kies een bestand met gegevens.</source>
            <translation>the Excel file contains no data. Choose a file with data.</translation>
        </message>
        <message>
            <source>het is geen geldig OpenDocument-rekenblad (.ods). Open het in LibreOffice of Excel en sla het opnieuw op, of sla het op als .xlsx of .csv.</source>
            <translation>it is not a valid OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it again, or save it as .xlsx or .csv.</translation>
        </message>
        <message>
            <source>rij {row}: {outcome}: {reason}</source>
            <translation>row {row}: {outcome}: {reason}</translation>
        </message>
        <message>
            <source>{read} gelezen, {added} toegevoegd, {duplicates} dubbel, {rejected} afgewezen</source>
            <translation>{read} read, {added} added, {duplicates} duplicates, {rejected} rejected</translation>
        </message>
        <message>
            <source>Afgebroken na {done} van {total} rijen. Wat tot dan is ingelezen, is bewaard; importeer het bestand opnieuw voor de rest (dubbele worden herkend).</source>
            <translation>Stopped after {done} of {total} rows. What was read until then has been kept; import the file again for the rest (duplicates are recognised).</translation>
        </message>
        <message>
            <source>Rij</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Kolom '{header}' is niet herkend en wordt niet ingelezen.</source>
            <translation>Column '{header}' is not recognised and will not be read.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' kan zo niet worden ingelezen. {problems} Gevonden kolommen: {headers}.</source>
            <translation>The file '{name}' cannot be imported like this. {problems} Columns found: {headers}.</translation>
        </message>
        <message>
            <source>bestand {file}: {summary}{cancelled}</source>
            <translation>file {file}: {summary}{cancelled}</translation>
        </message>
        <message>
            <source> (afgebroken)</source>
            <translation> (stopped)</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>Import {file}</translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>samengevoegd met aanvraag {id} (aangevuld: {fields})</source>
            <translation>merged with request {id} (completed: {fields})</translation>
        </message>
        <message>
            <source>samengevoegd met aanvraag {id} (niets nieuws)</source>
            <translation>merged with request {id} (nothing new)</translation>
        </message>
        <message>
            <source>lijkt op {match}; {action}</source>
            <translation>resembles {match}; {action}</translation>
        </message>
        <message>
            <source>lijkt op rij {earlier} van dit bestand ({reasons}); {action}</source>
            <translation>resembles row {earlier} of this file ({reasons}); {action}</translation>
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
    <context>
        <name>trust</name>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Toestemming intrekken…</source>
            <translation>Withdraw consent…</translation>
        </message>
        <message>
            <source>De belangstellende wil geen contact meer: toestemming intrekken (AVG)</source>
            <translation>The interested person no longer wants contact: withdraw consent (GDPR)</translation>
        </message>
        <message>
            <source>Nu &amp;vergrendelen</source>
            <translation>Lock &amp;now</translation>
        </message>
        <message>
            <source>De gegevens verbergen tot u uw wachtwoord weer typt</source>
            <translation>Hide the data until you type your password again</translation>
        </message>
        <message>
            <source>&amp;Afmelden</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>Afmelden; daarna kan iemand anders inloggen</source>
            <translation>Sign out; after that someone else can sign in</translation>
        </message>
        <message>
            <source>Behee&amp;r</source>
            <translation>&amp;Administration</translation>
        </message>
        <message>
            <source>&amp;Gebruikers…</source>
            <translation>&amp;Users…</translation>
        </message>
        <message>
            <source>Accounts toevoegen, rollen wijzigen, (de)activeren, wachtwoord opnieuw instellen</source>
            <translation>Add accounts, change roles, (de)activate, reset passwords</translation>
        </message>
        <message>
            <source>&amp;Kiosk-pincode instellen…</source>
            <translation>Set &amp;kiosk PIN…</translation>
        </message>
        <message>
            <source>De pincode waarmee de kiosk bij een evenement verlaten wordt</source>
            <translation>The PIN with which the kiosk is left at an event</translation>
        </message>
        <message>
            <source>Automatische &amp;vergrendeling…</source>
            <translation>Automatic &amp;lock…</translation>
        </message>
        <message>
            <source>Na hoeveel minuten zonder gebruik het programma vergrendelt</source>
            <translation>After how many minutes without use the program locks</translation>
        </message>
        <message>
            <source>&amp;Logboek (audittrail)…</source>
            <translation>&amp;Audit trail…</translation>
        </message>
        <message>
            <source>Wie wat wanneer heeft bekeken of gewijzigd; alleen lezen en exporteren</source>
            <translation>Who viewed or changed what, and when; read and export only</translation>
        </message>
        <message>
            <source>&amp;Bewaartermijnen…</source>
            <translation>&amp;Retention periods…</translation>
        </message>
        <message>
            <source>Oude gegevens anonimiseren volgens de bewaartermijnen (AVG)</source>
            <translation>Anonymise old data according to the retention periods (GDPR)</translation>
        </message>
        <message>
            <source>&amp;Inzageverzoek…</source>
            <translation>A&amp;ccess request…</translation>
        </message>
        <message>
            <source>Alle gegevens over één persoon opslaan als PDF en/of JSON (AVG)</source>
            <translation>Save all data about one person as PDF and/or JSON (GDPR)</translation>
        </message>
        <message>
            <source>&amp;Vergeetverzoek…</source>
            <translation>&amp;Erasure request…</translation>
        </message>
        <message>
            <source>Alle gegevens over één persoon wissen (AVG)</source>
            <translation>Erase all data about one person (GDPR)</translation>
        </message>
        <message>
            <source>Backup &amp;maken…</source>
            <translation>&amp;Make backup…</translation>
        </message>
        <message>
            <source>Een gecontroleerde kopie van de database maken</source>
            <translation>Make a checked copy of the database</translation>
        </message>
        <message>
            <source>Backup &amp;terugzetten…</source>
            <translation>Restore &amp;backup…</translation>
        </message>
        <message>
            <source>Een eerdere kopie van de database terugzetten</source>
            <translation>Restore an earlier copy of the database</translation>
        </message>
        <message>
            <source>Aangemeld: {name} ({role})</source>
            <translation>Signed in: {name} ({role})</translation>
        </message>
        <message>
            <source>De database wordt gecontroleerd…</source>
            <translation>Checking the database…</translation>
        </message>
        <message>
            <source>Deze wachtwoordzin opent de database niet. Controleer hoofdletters en spaties en probeer het opnieuw.</source>
            <translation>This passphrase does not open the database. Check capitals and spaces and try again.</translation>
        </message>
        <message>
            <source>De laatste goede backup wordt teruggezet…</source>
            <translation>Restoring the last good backup…</translation>
        </message>
        <message>
            <source>Backup terugzetten</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>De backup is niet teruggezet.</source>
            <translation>The backup was not restored.</translation>
        </message>
        <message>
            <source>De backup van {when} is teruggezet.</source>
            <translation>The backup of {when} has been restored.</translation>
        </message>
        <message>
            <source>Het beschadigde bestand is bewaard als {path}. Controleer of het laatste werk er nog in staat, en voer in wat ontbreekt.</source>
            <translation>The damaged file has been kept as {path}. Check whether the latest work is still in the database, and enter what is missing.</translation>
        </message>
        <message>
            <source>alles: gebruikers, instellingen, logboek, bewaartermijnen, backups, inzage- en vergeetverzoeken</source>
            <translation>everything: users, settings, audit trail, retention periods, backups, access and erasure requests</translation>
        </message>
        <message>
            <source>aanvragen, gezinnen, evenementen, pakketten en het overzicht</source>
            <translation>requests, families, events, packs and the overview</translation>
        </message>
        <message>
            <source>wat een werver mag, plus de kinderen en de matching</source>
            <translation>what a recruiter may do, plus the children and matching</translation>
        </message>
        <message>
            <source>alleen de kiosk bij een evenement (bezoekers invoeren)</source>
            <translation>only the kiosk at an event (entering visitors)</translation>
        </message>
        <message>
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Wachtwoord herhalen</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Minstens {n} tekens; een zin van een paar woorden is lang genoeg en goed te onthouden.</source>
            <translation>At least {n} characters; a sentence of a few words is long enough and easy to remember.</translation>
        </message>
        <message>
            <source>&amp;Herhaal wachtwoord:</source>
            <translation>R&amp;epeat password:</translation>
        </message>
        <message>
            <source>De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.</source>
            <translation>The two passwords are not the same. Type the same password twice.</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <source>1 dag</source>
            <translation>1 day</translation>
        </message>
        <message>
            <source>{n} dagen</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <source>'{text}' is geen datum. Typ de datum als dd-mm-jjjj, bijvoorbeeld {example}.</source>
            <translation>'{text}' is not a date. Type the date as dd-mm-yyyy, for example {example}.</translation>
        </message>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <source>Kies een datum</source>
            <translation>Choose a date</translation>
        </message>
        <message>
            <source>Kies een datum in de kalender (Alt+Omlaag)</source>
            <translation>Choose a date in the calendar (Alt+Down)</translation>
        </message>
        <message>
            <source>Kalender</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Melding sluiten</source>
            <translation>Close message</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Vergrendeld – Utregs Plekkie</source>
            <translation>Locked – Utregs Plekkie</translation>
        </message>
    </context>
</TS>
