<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Labels</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>Faalpunt</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>Wachtpunt</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Idea</source>
        <comment>status</comment>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Ondersteunende processen</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Techniek</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processen</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Vrije tekst</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Afhankelijkheid</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Stroom</translation>
    </message>
</context>
<context>
    <name>blauwdruk::BlueprintPainter</name>
    <message>
        <source>Line of interaction</source>
        <translation>Interactielijn</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Zichtlijn</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Interne interactielijn</translation>
    </message>
</context>
<context>
    <name>blauwdruk::BlueprintView</name>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nieuwe baan</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Naar links</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Naar rechts</translation>
    </message>
    <message>
        <source>Insert Step Before</source>
        <translation>Stap ervoor invoegen</translation>
    </message>
    <message>
        <source>Insert Step After</source>
        <translation>Stap erna invoegen</translation>
    </message>
    <message>
        <source>Insert Lane Above</source>
        <translation>Baan erboven invoegen</translation>
    </message>
    <message>
        <source>Insert Lane Below</source>
        <translation>Baan eronder invoegen</translation>
    </message>
    <message>
        <source>Insert Stage Before</source>
        <translation>Fase ervoor invoegen</translation>
    </message>
    <message>
        <source>Insert Stage After</source>
        <translation>Fase erna invoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Edit Title</source>
        <translation>Titel bewerken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Add Card Here</source>
        <translation>Kaart hier toevoegen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>Naam van stap wijzigen</translation>
    </message>
    <message>
        <source>Move Step Left</source>
        <translation>Stap naar links</translation>
    </message>
    <message>
        <source>Move Step Right</source>
        <translation>Stap naar rechts</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Naam van baan wijzigen</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation>Baan omhoog</translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation>Baan omlaag</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Baan verwijderen</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Naam van fase wijzigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
</context>
<context>
    <name>blauwdruk::Document</name>
    <message>
        <source>the file is open read-only</source>
        <translation>het bestand is alleen-lezen geopend</translation>
    </message>
</context>
<context>
    <name>blauwdruk::Edits</name>
    <message>
        <source>The field &quot;%1&quot; cannot be set directly.</source>
        <translation>Het veld "%1" kan niet direct worden gewijzigd.</translation>
    </message>
    <message>
        <source>There is no %1 with the field &quot;%2&quot;.</source>
        <translation>Er is geen %1 met het veld "%2".</translation>
    </message>
    <message>
        <source>The value for &quot;%1&quot; has the wrong type.</source>
        <translation>De waarde voor "%1" heeft het verkeerde type.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for &quot;%2&quot;.</source>
        <translation>"%1" is geen geldige waarde voor "%2".</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 moet tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <source>A colour is written as #rrggbb.</source>
        <translation>Een kleur schrijf je als #rrggbb.</translation>
    </message>
    <message>
        <source>There is no such persona.</source>
        <translation>Deze persona bestaat niet.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Er is geen %1 %2.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Persona toevoegen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Duplicate persona</source>
        <translation>Persona dupliceren</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>Persona verwijderen</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>Persona verplaatsen</translation>
    </message>
    <message>
        <source>A journey is ideal or current.</source>
        <translation>Een klantreis is ideaal of huidig.</translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation>Klantreis toevoegen</translation>
    </message>
    <message>
        <source>There is no such journey.</source>
        <translation>Deze klantreis bestaat niet.</translation>
    </message>
    <message>
        <source>Remove journey</source>
        <translation>Klantreis verwijderen</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <source>There is no such stage.</source>
        <translation>Deze fase bestaat niet.</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Fase verplaatsen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>There is no such step.</source>
        <translation>Deze stap bestaat niet.</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>The step cannot move there.</source>
        <translation>De stap kan daar niet heen.</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Stap verplaatsen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lane kind.</source>
        <translation>"%1" is geen soort baan.</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Baan toevoegen</translation>
    </message>
    <message>
        <source>There is no such lane.</source>
        <translation>Deze baan bestaat niet.</translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation>Baan verwijderen</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Baan verplaatsen</translation>
    </message>
    <message>
        <source>There is no such cell.</source>
        <translation>Dit vak bestaat niet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card kind.</source>
        <translation>"%1" is geen soort kaart.</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <source>No cards are selected.</source>
        <translation>Er zijn geen kaarten geselecteerd.</translation>
    </message>
    <message>
        <source>There is no such card.</source>
        <translation>Deze kaart bestaat niet.</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Kaart verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 cards</source>
        <translation>%1 kaarten verwijderen</translation>
    </message>
    <message>
        <source>The cards cannot move there.</source>
        <translation>De kaarten kunnen daar niet heen.</translation>
    </message>
    <message>
        <source>Cards can only move within their journey.</source>
        <translation>Kaarten kunnen alleen binnen hun eigen klantreis verplaatsen.</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Kaart verplaatsen</translation>
    </message>
    <message>
        <source>Move %1 cards</source>
        <translation>%1 kaarten verplaatsen</translation>
    </message>
    <message>
        <source>A connection joins two different cards of one journey.</source>
        <translation>Een verbinding koppelt twee verschillende kaarten van één klantreis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection kind.</source>
        <translation>"%1" is geen soort verbinding.</translation>
    </message>
    <message>
        <source>Connect cards</source>
        <translation>Kaarten verbinden</translation>
    </message>
    <message>
        <source>There is no such connection.</source>
        <translation>Deze verbinding bestaat niet.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <source>Comments go on a journey, a step or a card.</source>
        <translation>Een opmerking hoort bij een klantreis, een stap of een kaart.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Opmerking toevoegen</translation>
    </message>
    <message>
        <source>There is no such comment.</source>
        <translation>Deze opmerking bestaat niet.</translation>
    </message>
    <message>
        <source>Remove comment</source>
        <translation>Opmerking verwijderen</translation>
    </message>
    <message>
        <source>A version needs a name.</source>
        <translation>Een versie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Save version &quot;%1&quot;</source>
        <translation>Versie "%1" bewaren</translation>
    </message>
    <message>
        <source>There is no such version.</source>
        <translation>Deze versie bestaat niet.</translation>
    </message>
    <message>
        <source>Remove version</source>
        <translation>Versie verwijderen</translation>
    </message>
    <message>
        <source>There is nothing to paste there.</source>
        <translation>Daar valt niets te plakken.</translation>
    </message>
    <message>
        <source>The clipboard holds cards this version cannot use.</source>
        <translation>Het klembord bevat kaarten die deze versie niet kan gebruiken.</translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>Kaart plakken</translation>
    </message>
    <message>
        <source>Paste %1 cards</source>
        <translation>%1 kaarten plakken</translation>
    </message>
</context>
<context>
    <name>blauwdruk::FindBar</name>
    <message>
        <source>Find cards…</source>
        <translation>Kaarten zoeken…</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <source>Dim every card except…</source>
        <translation>Dim alle kaarten behalve…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffers: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Alle kaarten</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Eigenaar: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Label: %1</translation>
    </message>
</context>
<context>
    <name>blauwdruk::Inspector</name>
    <message>
        <source>(several values)</source>
        <translation>(meerdere waarden)</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 kaarten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment van de waarheid</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>gescheiden door komma's</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
</context>
<context>
    <name>blauwdruk::MainWindow</name>
    <message>
        <source>Blauwdruk workspaces (*.blauwdruk);;All files (*)</source>
        <translation>Blauwdruk-werkruimtes (*.blauwdruk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geopend&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Blauwdruk</source>
        <translation>&amp;Over Blauwdruk</translation>
    </message>
    <message>
        <source>About Blauwdruk</source>
        <translation>Over Blauwdruk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Blauwdruk %1&lt;/h3&gt;&lt;p&gt;A service blueprint editor for work sessions on personas, customer journeys and service blueprints.&lt;/p&gt;&lt;p&gt;Licensed under the EUPL-1.2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Blauwdruk %1&lt;/h3&gt;&lt;p&gt;Een editor voor service blueprints, voor werksessies over persona's, klantreizen en service blueprints.&lt;/p&gt;&lt;p&gt;Uitgegeven onder de EUPL-1.2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Wijzigingen niet opgeslagen</translation>
    </message>
    <message>
        <source>Blauwdruk could not write to %1:
%2

Your work is kept in memory. Use File › Save As to save it somewhere else.</source>
        <translation>Blauwdruk kon niet schrijven naar %1:
%2

Uw werk blijft in het geheugen bewaard. Kies Bestand › Opslaan als om het ergens anders op te slaan.</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Bestand kan niet worden geopend</translation>
    </message>
    <message>
        <source>Cannot create a workspace</source>
        <translation>Werkruimte kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>Voorbeeld kan niet worden geopend</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Werkruimte opslaan als</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Opslaan mislukt</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Wijzigingen opslaan?</translation>
    </message>
    <message>
        <source>The untitled workspace &quot;%1&quot; has changes. Save it before closing?</source>
        <translation>De naamloze werkruimte "%1" heeft wijzigingen. Wilt u die opslaan voordat u sluit?</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>naamloos</translation>
    </message>
    <message>
        <source>%1 — %2 — Blauwdruk</source>
        <translation>%1 — %2 — Blauwdruk</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>Not saved — use Save As</source>
        <translation>Niet opgeslagen — kies Opslaan als</translation>
    </message>
    <message>
        <source>Untitled — kept safe until you save it</source>
        <translation>Naamloos — veilig bewaard tot u opslaat</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Persona's:</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Klantreizen:</translation>
    </message>
    <message>
        <source>Cards:</source>
        <translation>Kaarten:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideaal</translation>
    </message>
    <message>
        <source>current</source>
        <translation>huidig</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Be&amp;eld</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Passend in venster</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Werkelijke grootte</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Invoegen</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>S&amp;tap</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Baan</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>C&amp;onnection Between Selected Cards</source>
        <translation>&amp;Verbinding tussen geselecteerde kaarten</translation>
    </message>
    <message>
        <source>Select exactly two cards to connect.</source>
        <translation>Selecteer precies twee kaarten om te verbinden.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Edit &amp;Properties</source>
        <translation>&amp;Eigenschappen bewerken</translation>
    </message>
</context>
<context>
    <name>blauwdruk::ProjectTree</name>
    <message>
        <source>ideal</source>
        <translation>ideaal</translation>
    </message>
    <message>
        <source>current</source>
        <translation>huidig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Naamloze klantreis</translation>
    </message>
    <message>
        <source>Personas and journeys</source>
        <translation>Persona's en klantreizen</translation>
    </message>
    <message>
        <source>Starting point: %1</source>
        <translation>Vertrekpunt: %1</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona's</translation>
    </message>
    <message>
        <source>Journeys without persona</source>
        <translation>Klantreizen zonder persona</translation>
    </message>
</context>
</TS>
