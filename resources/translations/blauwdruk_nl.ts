<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
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
</context>
<context>
    <name>CardSentence</name>
    <message>
        <source>no open comments</source>
        <translation>geen open opmerkingen</translation>
    </message>
    <message>
        <source>1 open comment</source>
        <translation>1 open opmerking</translation>
    </message>
    <message>
        <source>%1 open comments</source>
        <translation>%1 open opmerkingen</translation>
    </message>
    <message>
        <source>Card &apos;%1&apos;, lane %2, step %3 of %4, %5, %6</source>
        <translation>Kaart &apos;%1&apos;, baan %2, stap %3 van %4, %5, %6</translation>
    </message>
    <message>
        <source>%1 — lane %2, step %3</source>
        <translation>%1 — baan %2, stap %3</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>the clipboard holds no Blauwdruk cards</source>
        <translation>het klembord bevat geen Blauwdruk-kaarten</translation>
    </message>
    <message>
        <source>the clipboard holds more cards than a journey can hold</source>
        <translation>het klembord bevat meer kaarten dan een klantreis kan bevatten</translation>
    </message>
    <message>
        <source>the clipboard holds damaged Blauwdruk cards</source>
        <translation>het klembord bevat beschadigde Blauwdruk-kaarten</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>file does not exist</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>is geen gewoon bestand</translation>
    </message>
    <message>
        <source>is too large (%1 MB; the limit is %2 MB)</source>
        <translation>is te groot (%1 MB; de grens is %2 MB)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>is damaged: %1 (`blauwdruk check` lists every problem)</source>
        <translation>is beschadigd: %1 (`blauwdruk check` noemt elk probleem)</translation>
    </message>
    <message>
        <source>is open in Blauwdruk by %1; it is not changed</source>
        <translation>is in Blauwdruk geopend door %1; het wordt niet gewijzigd</translation>
    </message>
    <message>
        <source>cannot be written (the file or its folder is read-only); it is not changed</source>
        <translation>kan niet worden geschreven (het bestand of de map is alleen-lezen); het wordt niet gewijzigd</translation>
    </message>
    <message>
        <source>Usage: blauwdruk [FILE]
       blauwdruk --review FILE [--journey TITLE|UUID]
       blauwdruk --session FILE [--journey TITLE|UUID]
       blauwdruk --screenshot OUT.png [--size WxH] [--journey TITLE|UUID]
                 [--show WHAT] [--review] [--session] [FILE]
       blauwdruk COMMAND [OPTIONS]

Blauwdruk edits service blueprints: personas, customer journeys and their
swimlanes, stored in .blauwdruk workspace files.

Without a command, opens FILE in the editor (or an untitled copy of the
bundled example); --review opens it in review mode, where the blueprint
cannot be changed but comments and decisions can be made; --session opens
it full screen for a work session. --screenshot renders the window to a
PNG and exits (with --session: as session mode looks on a WxH screen).

Commands:
  example -o OUT.blauwdruk [--language nl|en]
                                         write the bundled example (in Dutch
                                         unless --language en)
  new -o OUT.blauwdruk [--title T]       write an empty workspace
  info FILE [--json]                     title, schema version and counts
  check FILE                             integrity and validation (exit 1 on problems)
  check --health FILE [--journey TITLE|UUID] [--json]
                                         the blueprint health check: one line per
                                         finding (exit 1 while any is open)
  import IN.json|IN.csv -o OUT.blauwdruk [--title T]
  import-from FILE --from OTHER.blauwdruk (--journey TITLE|UUID | --persona NAME|UUID
         | --step TITLE|UUID... [--to-journey TITLE|UUID]
         | --card TITLE|UUID... --to-step TITLE|UUID)
                                         reuse from another workspace: copied in with
                                         new ids and where they came from
  export FILE -o OUT.%1 [--format F] [--journey TITLE|UUID]
         [--paper A0..A4|WxHmm] [--landscape|--portrait] [--tile-paper A4|A3]
         [--margin MM] [--dpi N | --width PX] [--pdfa] [--inventory [--team NAME]]
                                         posters (PDF, SVG, PNG), the consequence
                                         inventory (CSV with --inventory, MD, HTML),
                                         the grid (CSV) and the workspace (JSON)
  export FILE -o OUT.%2 (--persona NAME|UUID | --personas)
                                         persona sheets: one A4 page per persona
  export FILE -o OUT.md|OUT.pdf --review-report [--journey TITLE|UUID]
                                         the review report: decisions, changes since
                                         approval, open comments
  export FILE -o OUT.md|OUT.pdf --session-summary [--journey TITLE|UUID]
                                         the work sessions&apos; summary: cards added per
                                         lane, vote results, open questions, parking lot
  export FILE -o OUT.md|OUT.pdf --demo-findings [--journey TITLE|UUID]
                                         residents&apos; verdicts on the demo, per pain
                                         point of the current journey

Review (--journey may be left out when the file has one journey):
  status FILE [--journey TITLE|UUID] [--json]
                                         status, last decision, changed since approval,
                                         open and resolved comments (replies included)
  submit FILE [--journey TITLE|UUID] --by NAME [--role ROLE] [--remark TEXT]
  approve FILE [--journey TITLE|UUID] --by NAME [--role ROLE] [--remark TEXT]
  request-changes FILE [--journey TITLE|UUID] --by NAME [--role ROLE]
          --remark TEXT
  back-to-concept FILE [--journey TITLE|UUID] --by NAME [--role ROLE]
          [--remark TEXT]
  comment FILE [--journey TITLE|UUID] [--step TITLE|UUID | --card TITLE|UUID]
          --by NAME TEXT
  version FILE --save NAME                save the workspace as it is now
  versions FILE [--json]                 the saved versions
  diff FILE --from VERSION [--to VERSION] [--journey TITLE|UUID] [--json]
                                         what changed since a version (name or id)

Live session (participants write and vote from their phones):
  session serve FILE --listen ADDRESS:PORT [--journey TITLE|UUID] [--question TEXT]
                                         serve the participants&apos; page; prints its
                                         address first; stdin takes: write QUESTION,
                                         vote BUDGET CAP QUESTION, close, reveal, status;
                                         SIGTERM or end of stdin ends the session

Shared library (PostgreSQL; --db CONNINFO or service=NAME, else the PG* environment):
  library init                           create or upgrade the library (administrator)
  library add-organisation ROLE --name NAME
                                         a login role per organisation (administrator)
  library publish FILE --journey TITLE|UUID
                                         publish a journey with its persona; prints
                                         the version&apos;s id
  library search TEXT [--theme T] [--organisation O] [--lane-kind K] [--card-kind K]
                 [--json]                search in Dutch; newest version of each journey
  library retract ID                     retract one of your organisation&apos;s versions
  library take ID --into FILE [--step TITLE|UUID … | --card TITLE|UUID …]
               [--to-journey TITLE|UUID] [--to-step TITLE|UUID]
                                         copy from the library, with provenance
Commands that change a file refuse one that is open in Blauwdruk.

Options:
  -h, --help       show this help (or a command&apos;s: blauwdruk COMMAND --help)
  -v, --version    show the version

Exit status: 0 success, 1 bad input or I/O failure, 2 wrong usage.
</source>
        <translation>Gebruik: blauwdruk [BESTAND]
         blauwdruk --review BESTAND [--journey TITEL|UUID]
         blauwdruk --session BESTAND [--journey TITEL|UUID]
         blauwdruk --screenshot UIT.png [--size BxH] [--journey TITEL|UUID]
                   [--show WAT] [--review] [--session] [BESTAND]
         blauwdruk OPDRACHT [OPTIES]

Blauwdruk bewerkt service blueprints: persona&apos;s, klantreizen en hun
banen, opgeslagen in .blauwdruk-werkruimtebestanden.

Zonder opdracht opent het BESTAND in de editor (of een naamloze kopie van het
meegeleverde voorbeeld); --review opent het in beoordelingsmodus, waarin de
blueprint niet kan veranderen maar opmerkingen en besluiten wel kunnen;
--session opent het schermvullend voor een werksessie. --screenshot tekent
het venster in een PNG en stopt (met --session: zoals de sessiemodus eruitziet
op een scherm van BxH).

Opdrachten:
  example -o UIT.blauwdruk [--language nl|en]
                                         schrijf het meegeleverde voorbeeld (in het
                                         Nederlands, tenzij --language en)
  new -o UIT.blauwdruk [--title T]       schrijf een lege werkruimte
  info BESTAND [--json]                  titel, schemaversie en aantallen
  check BESTAND                          samenhang en controle (exit 1 bij problemen)
  check --health BESTAND [--journey TITEL|UUID] [--json]
                                         de gezondheidscheck van de blueprint: een
                                         regel per bevinding (exit 1 zolang er een
                                         open is)
  import IN.json|IN.csv -o UIT.blauwdruk [--title T]
  import-from BESTAND --from ANDER.blauwdruk (--journey TITEL|UUID | --persona NAAM|UUID
         | --step TITEL|UUID... [--to-journey TITEL|UUID]
         | --card TITEL|UUID... --to-step TITEL|UUID)
                                         hergebruik uit een andere werkruimte:
                                         overgenomen met nieuwe id&apos;s en hun herkomst
  export BESTAND -o UIT.%1 [--format F] [--journey TITEL|UUID]
         [--paper A0..A4|BxHmm] [--landscape|--portrait] [--tile-paper A4|A3]
         [--margin MM] [--dpi N | --width PX] [--pdfa] [--inventory [--team NAAM]]
                                         posters (PDF, SVG, PNG), de gevolgen-
                                         inventaris (CSV met --inventory, MD, HTML),
                                         het raster (CSV) en de werkruimte (JSON)
  export BESTAND -o UIT.%2 (--persona NAAM|UUID | --personas)
                                         personabladen: een A4-pagina per persona
  export BESTAND -o UIT.md|UIT.pdf --review-report [--journey TITEL|UUID]
                                         het beoordelingsverslag: besluiten,
                                         wijzigingen sinds vaststelling, open
                                         opmerkingen
  export BESTAND -o UIT.md|UIT.pdf --session-summary [--journey TITEL|UUID]
                                         de samenvatting van de werksessies: kaarten
                                         per baan, stemuitslagen, open vragen,
                                         parkeerplaats
  export BESTAND -o UIT.md|UIT.pdf --demo-findings [--journey TITEL|UUID]
                                         het oordeel van inwoners over de demo, per
                                         knelpunt van de huidige klantreis

Beoordelen (--journey mag weg als het bestand één klantreis heeft):
  status BESTAND [--journey TITEL|UUID] [--json]
                                         status, laatste besluit, gewijzigd sinds
                                         vaststelling, open en afgehandelde
                                         opmerkingen (reacties meegeteld)
  submit BESTAND [--journey TITEL|UUID] --by NAAM [--role ROL] [--remark TEKST]
  approve BESTAND [--journey TITEL|UUID] --by NAAM [--role ROL] [--remark TEKST]
  request-changes BESTAND [--journey TITEL|UUID] --by NAAM [--role ROL]
          --remark TEKST
  back-to-concept BESTAND [--journey TITEL|UUID] --by NAAM [--role ROL]
          [--remark TEKST]
  comment BESTAND [--journey TITEL|UUID] [--step TITEL|UUID | --card TITEL|UUID]
          --by NAAM TEKST
  version BESTAND --save NAAM            bewaar de werkruimte zoals ze nu is
  versions BESTAND [--json]              de bewaarde versies
  diff BESTAND --from VERSIE [--to VERSIE] [--journey TITEL|UUID] [--json]
                                         wat er veranderde sinds een versie (naam
                                         of id)

Live sessie (deelnemers schrijven en stemmen vanaf hun telefoon):
  session serve BESTAND --listen ADRES:POORT [--journey TITEL|UUID] [--question TEKST]
                                         bied de pagina voor deelnemers aan; toont
                                         eerst het adres; stdin neemt: write VRAAG,
                                         vote BUDGET MAX VRAAG, close, reveal, status;
                                         SIGTERM of het einde van stdin beëindigt
                                         de sessie

Gedeelde bibliotheek (PostgreSQL; --db CONNINFO of service=NAAM, anders de PG*-omgeving):
  library init                           maak of werk de bibliotheek bij (beheerder)
  library add-organisation ROL --name NAAM
                                         een inlogrol per organisatie (beheerder)
  library publish BESTAND --journey TITEL|UUID
                                         publiceer een klantreis met haar persona;
                                         toont het id van de versie
  library search TEKST [--theme T] [--organisation O] [--lane-kind K] [--card-kind K]
                 [--json]                zoek in het Nederlands; de nieuwste versie
                                         van elke klantreis
  library retract ID                     trek een versie van je eigen organisatie in
  library take ID --into BESTAND [--step TITEL|UUID … | --card TITEL|UUID …]
               [--to-journey TITEL|UUID] [--to-step TITEL|UUID]
                                         neem over uit de bibliotheek, met herkomst
Opdrachten die een bestand wijzigen, weigeren een bestand dat in Blauwdruk open is.

Opties:
  -h, --help       toon deze hulp (of die van een opdracht: blauwdruk OPDRACHT --help)
  -v, --version    toon de versie

Exitstatus: 0 gelukt, 1 foute invoer of schrijf-/leesfout, 2 verkeerd gebruik.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>onbekende opdracht &apos;%1&apos; (opdrachten: %2)</translation>
    </message>
    <message>
        <source>the editor opens one file at a time; &apos;%1&apos; is not a command</source>
        <translation>de editor opent één bestand tegelijk; &apos;%1&apos; is geen opdracht</translation>
    </message>
    <message>
        <source>--review opens a file for review: name the file</source>
        <translation>--review opent een bestand ter beoordeling: noem het bestand</translation>
    </message>
    <message>
        <source>--session opens a file for a session: name the file</source>
        <translation>--session opent een bestand voor een werksessie: noem het bestand</translation>
    </message>
    <message>
        <source>--show takes overview, personas, persona:NAME or compare:NAME</source>
        <translation>--show neemt overview, personas, persona:NAAM of compare:NAAM</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, such as 1280x800</source>
        <translation>--size neemt BREEDTExHOOGTE in pixels, zoals 1280x800</translation>
    </message>
    <message>
        <source>--size, --journey and --show go with --screenshot (--journey also with --review and --session)</source>
        <translation>--size, --journey en --show horen bij --screenshot (--journey ook bij --review en --session)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>several journeys are titled &quot;%1&quot;; the title is ambiguous, give its id instead (`blauwdruk info` lists them)</source>
        <translation>meerdere klantreizen heten &quot;%1&quot;; de titel is niet eenduidig, geef in plaats daarvan het id (`blauwdruk info` toont ze)</translation>
    </message>
    <message>
        <source>has no journey &quot;%1&quot; (journeys: %2)</source>
        <translation>heeft geen klantreis &quot;%1&quot; (klantreizen: %2)</translation>
    </message>
    <message>
        <source>several personas are named &quot;%1&quot;; the name is ambiguous, give its id instead (`blauwdruk info` lists them)</source>
        <translation>meerdere persona&apos;s heten &quot;%1&quot;; de naam is niet eenduidig, geef in plaats daarvan het id (`blauwdruk info` toont ze)</translation>
    </message>
    <message>
        <source>has no persona &quot;%1&quot; (personas: %2)</source>
        <translation>heeft geen persona &quot;%1&quot; (persona&apos;s: %2)</translation>
    </message>
    <message>
        <source>several steps are titled &quot;%1&quot;; the title is ambiguous, give its id instead</source>
        <translation>meerdere stappen heten &quot;%1&quot;; de titel is niet eenduidig, geef in plaats daarvan het id</translation>
    </message>
    <message>
        <source>has no step &quot;%1&quot; (steps: %2)</source>
        <translation>heeft geen stap &quot;%1&quot; (stappen: %2)</translation>
    </message>
    <message>
        <source>several cards are titled &quot;%1&quot;; the title is ambiguous, give its id instead</source>
        <translation>meerdere kaarten heten &quot;%1&quot;; de titel is niet eenduidig, geef in plaats daarvan het id</translation>
    </message>
    <message>
        <source>has no card &quot;%1&quot; (cards: %2)</source>
        <translation>heeft geen kaart &quot;%1&quot; (kaarten: %2)</translation>
    </message>
    <message>
        <source>several versions are named &quot;%1&quot;; the name is ambiguous, give its id instead</source>
        <translation>meerdere versies heten &quot;%1&quot;; de naam is niet eenduidig, geef in plaats daarvan het id</translation>
    </message>
    <message>
        <source>has no version &quot;%1&quot; (versions: %2)</source>
        <translation>heeft geen versie &quot;%1&quot; (versies: %2)</translation>
    </message>
    <message>
        <source>has no journey</source>
        <translation>heeft geen klantreis</translation>
    </message>
    <message>
        <source>blauwdruk: %1: has %2 journeys; choose one with --journey TITLE|UUID (`blauwdruk info` lists them)
</source>
        <translation>blauwdruk: %1: heeft %2 klantreizen; kies er een met --journey TITEL|UUID (`blauwdruk info` toont ze)
</translation>
    </message>
    <message>
        <source>blauwdruk: %1
Try &apos;blauwdruk --help&apos;.
</source>
        <translation>blauwdruk: %1
Zie &apos;blauwdruk --help&apos;.
</translation>
    </message>
    <message>
        <source>Usage: blauwdruk %1
</source>
        <translation>Gebruik: blauwdruk %1
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no file arguments</source>
        <translation>&apos;%1&apos; neemt geen bestanden als argument</translation>
    </message>
    <message>
        <source>usage: blauwdruk %1</source>
        <translation>gebruik: blauwdruk %1</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 is meer dan eens gegeven</translation>
    </message>
    <message>
        <source>--paper takes A0, A1, A2, A3, A4 or a size such as 841x594mm</source>
        <translation>--paper neemt A0, A1, A2, A3, A4 of een maat zoals 841x594mm</translation>
    </message>
    <message>
        <source>--paper: %1</source>
        <translation>--paper: %1</translation>
    </message>
    <message>
        <source>--landscape and --portrait exclude each other</source>
        <translation>--landscape en --portrait sluiten elkaar uit</translation>
    </message>
    <message>
        <source>--tile-paper takes A4 or A3</source>
        <translation>--tile-paper neemt A4 of A3</translation>
    </message>
    <message>
        <source>--margin takes millimetres from 0 to 100</source>
        <translation>--margin neemt millimeters van 0 tot 100</translation>
    </message>
    <message>
        <source>--dpi takes a number from 10 to 1200</source>
        <translation>--dpi neemt een getal van 10 tot 1200</translation>
    </message>
    <message>
        <source>--width takes pixels from 16 to 20000</source>
        <translation>--width neemt pixels van 16 tot 20000</translation>
    </message>
    <message>
        <source>--team takes the name of a team, as the cards&apos; owner says it</source>
        <translation>--team neemt de naam van een team, zoals de eigenaar van de kaarten die schrijft</translation>
    </message>
    <message>
        <source>posters</source>
        <translation>posters</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>afbeeldingen</translation>
    </message>
    <message>
        <source>--%1 applies to %2 %3 only, not to %4</source>
        <translation>--%1 geldt alleen voor %2-%3, niet voor %4</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>give either --persona NAME|UUID or --personas, not both</source>
        <translation>geef --persona NAAM|UUID of --personas, niet allebei</translation>
    </message>
    <message>
        <source>--journey does not go with --persona or --personas</source>
        <translation>--journey gaat niet samen met --persona of --personas</translation>
    </message>
    <message>
        <source>persona sheets are %1 files: give an output ending in .%2 (not %3)</source>
        <translation>personabladen zijn %1-bestanden: geef een uitvoerbestand dat eindigt op .%2 (niet %3)</translation>
    </message>
    <message>
        <source>has no personas to export</source>
        <translation>heeft geen persona&apos;s om te exporteren</translation>
    </message>
    <message>
        <source>--%1 does not go with --%2</source>
        <translation>--%1 gaat niet samen met --%2</translation>
    </message>
    <message>
        <source>%1 is Markdown or PDF: give an output ending in .%2 (not %3)</source>
        <translation>%1 is Markdown of PDF: geef een uitvoerbestand dat eindigt op .%2 (niet %3)</translation>
    </message>
    <message>
        <source>%1 journeys, one file each:
  %2
</source>
        <translation>%1 klantreizen, elk een eigen bestand:
  %2
</translation>
    </message>
    <message>
        <source>export needs -o OUT</source>
        <translation>export heeft -o UIT nodig</translation>
    </message>
    <message>
        <source>the review report</source>
        <translation>het beoordelingsverslag</translation>
    </message>
    <message>
        <source>the session summary</source>
        <translation>de sessiesamenvatting</translation>
    </message>
    <message>
        <source>the demo findings report</source>
        <translation>het verslag van de demobevindingen</translation>
    </message>
    <message>
        <source>unknown export format for %1 (formats: %2; persona sheets: .%3 with --persona or --personas)</source>
        <translation>onbekend exportformaat voor %1 (formaten: %2; personabladen: .%3 met --persona of --personas)</translation>
    </message>
    <message>
        <source>--team makes a team&apos;s work list: it goes with the consequence inventory (--inventory with CSV, or Markdown or HTML), not with %1</source>
        <translation>--team maakt de werklijst van een team: het hoort bij de gevolgeninventaris (--inventory met CSV, of Markdown of HTML), niet bij %1</translation>
    </message>
    <message>
        <source>has no journey to export</source>
        <translation>heeft geen klantreis om te exporteren</translation>
    </message>
    <message>
        <source>%1 journeys, %2 each, in %3
</source>
        <translation>%1 klantreizen, elk %2, in %3
</translation>
    </message>
    <message>
        <source>a page</source>
        <translation>een pagina</translation>
    </message>
    <message>
        <source>a set of tiles</source>
        <translation>een set tegels</translation>
    </message>
    <message>
        <source>1 open finding (%1 dismissed)</source>
        <translation>1 open bevinding (%1 terzijde gelegd)</translation>
    </message>
    <message>
        <source>%1 open findings (%2 dismissed)</source>
        <translation>%1 open bevindingen (%2 terzijde gelegd)</translation>
    </message>
    <message>
        <source>Password for %1 (%2): </source>
        <translation>Wachtwoord voor %1 (%2): </translation>
    </message>
    <message>
        <source>%1  %2 — %3 (%4, version %5, %6)
</source>
        <translation>%1  %2 — %3 (%4, versie %5, %6)
</translation>
    </message>
    <message>
        <source>    step: %1
</source>
        <translation>    stap: %1
</translation>
    </message>
    <message>
        <source>    card: %1 (step: %2)
</source>
        <translation>    kaart: %1 (stap: %2)
</translation>
    </message>
    <message>
        <source>The library in %1 is up to date (schema version %2).
</source>
        <translation>De bibliotheek in %1 is bijgewerkt (schemaversie %2).
</translation>
    </message>
    <message>
        <source>The library in %1 is at schema version %2 (was %3).
</source>
        <translation>De bibliotheek in %1 heeft nu schemaversie %2 (was %3).
</translation>
    </message>
    <message>
        <source>name the organisation: --name NAME</source>
        <translation>noem de organisatie: --name NAAM</translation>
    </message>
    <message>
        <source>%1: %2, a new login role without a password; set one with psql (\password %1)
</source>
        <translation>%1: %2, een nieuwe inlogrol zonder wachtwoord; stel er een in met psql (\password %1)
</translation>
    </message>
    <message>
        <source>%1: %2, a member of the library
</source>
        <translation>%1: %2, lid van de bibliotheek
</translation>
    </message>
    <message>
        <source>Nothing found.
</source>
        <translation>Niets gevonden.
</translation>
    </message>
    <message>
        <source>Retracted %1.
</source>
        <translation>%1 ingetrokken.
</translation>
    </message>
    <message>
        <source>name the workspace to take into: --into FILE</source>
        <translation>noem de werkruimte om in over te nemen: --into BESTAND</translation>
    </message>
    <message>
        <source>Usage: blauwdruk library COMMAND [--db CONNINFO] …
  init | add-organisation ROLE --name NAME | publish FILE --journey TITLE|UUID |
  search TEXT [--theme T] [--organisation O] [--lane-kind K] [--card-kind K] [--json] |
  retract ID | take ID --into FILE [--step …|--card …] [--to-journey …] [--to-step …]
</source>
        <translation>Gebruik: blauwdruk library OPDRACHT [--db CONNINFO] …
  init | add-organisation ROL --name NAAM | publish BESTAND --journey TITEL|UUID |
  search TEKST [--theme T] [--organisation O] [--lane-kind K] [--card-kind K] [--json] |
  retract ID | take ID --into BESTAND [--step …|--card …] [--to-journey …] [--to-step …]
</translation>
    </message>
    <message>
        <source>library wants a command: init, add-organisation, publish, search, retract or take</source>
        <translation>library wil een opdracht: init, add-organisation, publish, search, retract of take</translation>
    </message>
    <message>
        <source>unknown library command &quot;%1&quot;; try: init, add-organisation, publish, search, retract or take</source>
        <translation>onbekende library-opdracht &quot;%1&quot;; probeer: init, add-organisation, publish, search, retract of take</translation>
    </message>
    <message>
        <source>unknown session command &quot;%1&quot;; try: session serve FILE --listen ADDRESS:PORT</source>
        <translation>onbekende session-opdracht &quot;%1&quot;; probeer: session serve BESTAND --listen ADRES:POORT</translation>
    </message>
    <message>
        <source>name the address to listen on: --listen ADDRESS:PORT (e.g. 127.0.0.1:0)</source>
        <translation>noem het adres om op te luisteren: --listen ADRES:POORT (bijv. 127.0.0.1:0)</translation>
    </message>
    <message>
        <source>--listen wants an IP address and a port, as 127.0.0.1:0 or [::1]:8080, not &quot;%1&quot;</source>
        <translation>--listen wil een IP-adres en een poort, zoals 127.0.0.1:0 of [::1]:8080, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has no journey to run a session on</source>
        <translation>heeft geen klantreis om een sessie over te houden</translation>
    </message>
    <message>
        <source>cannot watch for signals</source>
        <translation>kan niet op signalen letten</translation>
    </message>
    <message>
        <source>blauwdruk: no display to show the editor on (DISPLAY is not set); the commands work without one, see &apos;blauwdruk --help&apos;
</source>
        <translation>blauwdruk: geen beeldscherm om de editor op te tonen (DISPLAY is niet gezet); de opdrachten werken zonder, zie &apos;blauwdruk --help&apos;
</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>ter beoordeling</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>vastgesteld</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>  Status:        %1%2
</source>
        <translation>  Status:          %1%2
</translation>
    </message>
    <message>
        <source> (changed since approval)</source>
        <translation> (gewijzigd sinds vaststelling)</translation>
    </message>
    <message>
        <source>  Last decision: %1 by %2%3 at %4
</source>
        <translation>  Laatste besluit: %1 door %2%3 op %4
</translation>
    </message>
    <message>
        <source>  Reviewed by:   %1 at %2
</source>
        <translation>  Beoordeeld door: %1 op %2
</translation>
    </message>
    <message>
        <source>  Last decision: none
</source>
        <translation>  Laatste besluit: geen
</translation>
    </message>
    <message>
        <source>  Comments:      %1 open, %2 resolved
</source>
        <translation>  Opmerkingen:     %1 open, %2 afgehandeld
</translation>
    </message>
    <message>
        <source>%1 needs --by NAME: who decides</source>
        <translation>%1 heeft --by NAAM nodig: wie besluit</translation>
    </message>
    <message>
        <source>%1 needs --remark TEXT: what should change</source>
        <translation>%1 heeft --remark TEKST nodig: wat moet er veranderen</translation>
    </message>
    <message>
        <source>a comment goes on a step or a card: give --step or --card, not both</source>
        <translation>een opmerking hoort bij een stap of een kaart: geef --step of --card, niet allebei</translation>
    </message>
    <message>
        <source>comment needs --by NAME: who comments</source>
        <translation>comment heeft --by NAAM nodig: wie merkt op</translation>
    </message>
    <message>
        <source>comment needs a TEXT</source>
        <translation>comment heeft een TEKST nodig</translation>
    </message>
    <message>
        <source>say what to take: --journey, --persona, --step or --card</source>
        <translation>zeg wat er moet worden overgenomen: --journey, --persona, --step of --card</translation>
    </message>
    <message>
        <source>cards go into a step of FILE: give --to-step TITLE|UUID</source>
        <translation>kaarten komen in een stap van BESTAND: geef --to-step TITEL|UUID</translation>
    </message>
    <message>
        <source>%1 has %2 journeys; choose one with --journey TITLE|UUID</source>
        <translation>%1 heeft %2 klantreizen; kies er een met --journey TITEL|UUID</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; cannot be read: %2</source>
        <translation>versie &quot;%1&quot; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>No differences.
</source>
        <translation>Geen verschillen.
</translation>
    </message>
    <message>
        <source>version needs --save NAME</source>
        <translation>version heeft --save NAAM nodig</translation>
    </message>
    <message>
        <source>No versions.
</source>
        <translation>Geen versies.
</translation>
    </message>
    <message>
        <source>diff needs --from VERSION (a name or id)</source>
        <translation>diff heeft --from VERSIE nodig (een naam of id)</translation>
    </message>
    <message>
        <source>example needs -o OUT.blauwdruk</source>
        <translation>example heeft -o UIT.blauwdruk nodig</translation>
    </message>
    <message>
        <source>there is no example in &apos;%1&apos;: choose %2</source>
        <translation>er is geen voorbeeld in &apos;%1&apos;: kies %2</translation>
    </message>
    <message>
        <source>new needs -o OUT.blauwdruk</source>
        <translation>new heeft -o UIT.blauwdruk nodig</translation>
    </message>
    <message>
        <source>1 problem found</source>
        <translation>1 probleem gevonden</translation>
    </message>
    <message>
        <source>%1 problems found</source>
        <translation>%1 problemen gevonden</translation>
    </message>
    <message>
        <source>; personas and cards must not hold real personal data</source>
        <translation>; persona&apos;s en kaarten mogen geen echte persoonsgegevens bevatten</translation>
    </message>
    <message>
        <source>import needs -o OUT.blauwdruk</source>
        <translation>import heeft -o UIT.blauwdruk nodig</translation>
    </message>
    <message>
        <source>blauwdruk: %1: warning: %2
</source>
        <translation>blauwdruk: %1: waarschuwing: %2
</translation>
    </message>
    <message>
        <source>import-from needs --from OTHER.blauwdruk</source>
        <translation>import-from heeft --from ANDER.blauwdruk nodig</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>UIT</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>ANDER</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>POORT</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIE</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>VRAAG</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAT</translation>
    </message>
    <message>
        <source>WxHmm</source>
        <translation>BxHmm</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
</context>
<context>
    <name>CommentCommands</name>
    <message>
        <source>Card “%1”</source>
        <translation>kaart “%1”</translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation>stap “%1”</translation>
    </message>
    <message>
        <source>Journey “%1”</source>
        <translation>klantreis “%1”</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Opmerking toevoegen</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>Opmerking bij %1:</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reageren</translation>
    </message>
    <message>
        <source>Reply to %1: “%2”</source>
        <translation>Reactie op %1: “%2”</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Opmerking wijzigen</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Uw opmerking:</translation>
    </message>
</context>
<context>
    <name>CommentThreads</name>
    <message>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation>Stap “%1”</translation>
    </message>
    <message>
        <source>Card “%1”</source>
        <translation>Kaart “%1”</translation>
    </message>
    <message>
        <source>“%1” (removed)</source>
        <translation>“%1” (verwijderd)</translation>
    </message>
</context>
<context>
    <name>ComparePainter</name>
    <message>
        <source>Paired by hand</source>
        <translation>Handmatig gekoppeld</translation>
    </message>
    <message>
        <source>Same title</source>
        <translation>Zelfde titel</translation>
    </message>
    <message>
        <source>Similar title</source>
        <translation>Vergelijkbare titel</translation>
    </message>
    <message>
        <source>Only in ideal</source>
        <translation>Alleen in ideaal</translation>
    </message>
    <message>
        <source>Only in current</source>
        <translation>Alleen in huidig</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>alleen hier</translation>
    </message>
    <message>
        <source>(across)</source>
        <translation>(kruislings)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideaal</translation>
    </message>
    <message>
        <source>Paired when the ideal version was made</source>
        <translation>Gekoppeld bij het maken van de ideale versie</translation>
    </message>
</context>
<context>
    <name>CurrentSession</name>
    <message>
        <source>The work session could not start: %1</source>
        <translation>De werksessie kon niet beginnen: %1</translation>
    </message>
    <message>
        <source>The file cannot be changed now (read-only or in review mode), so no session records votes.</source>
        <translation>Het bestand kan nu niet veranderen (alleen-lezen of in beoordelingsmodus), dus legt geen sessie stemmen vast.</translation>
    </message>
    <message>
        <source>Work session %1</source>
        <translation>Werksessie %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>no journey chosen to export</source>
        <translation>geen klantreis gekozen om te exporteren</translation>
    </message>
    <message>
        <source>has no journey with id %1</source>
        <translation>heeft geen klantreis met id %1</translation>
    </message>
    <message>
        <source>could not be written</source>
        <translation>kon niet worden geschreven</translation>
    </message>
    <message>
        <source>has no journey %1</source>
        <translation>heeft geen klantreis %1</translation>
    </message>
    <message>
        <source>paper %1 x %2 mm is out of range: each side must be %3 to %4 mm</source>
        <translation>papier van %1 x %2 mm valt buiten het bereik: elke zijde moet %3 tot %4 mm zijn</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;: use A0, A1, A2, A3, A4 or a size in millimetres such as 841x594mm</source>
        <translation>onbekend papier &quot;%1&quot;: gebruik A0, A1, A2, A3, A4 of een maat in millimeters, zoals 841x594mm</translation>
    </message>
    <message>
        <source>could not start drawing the PDF</source>
        <translation>kon de PDF niet beginnen te tekenen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation>kon de PDF niet afmaken</translation>
    </message>
    <message>
        <source>there are no personas to export</source>
        <translation>er zijn geen persona&apos;s om te exporteren</translation>
    </message>
    <message>
        <source>has no persona with id %1</source>
        <translation>heeft geen persona met id %1</translation>
    </message>
    <message>
        <source>could not start a new page</source>
        <translation>kon geen nieuwe pagina beginnen</translation>
    </message>
    <message>
        <source>give a resolution in dpi or a width in pixels above 0</source>
        <translation>geef een resolutie in dpi of een breedte in pixels groter dan 0</translation>
    </message>
    <message>
        <source>an image of %1 x %2 pixels is too large (at most %3 pixels a side and %4 million in all): choose a lower resolution</source>
        <translation>een afbeelding van %1 x %2 pixels is te groot (hoogstens %3 pixels per zijde en %4 miljoen in totaal): kies een lagere resolutie</translation>
    </message>
    <message>
        <source>at this size the picture would be %1 x %2 pixels, too thin to show anything (at least %3 pixels a side): give a larger width, or export a PDF poster</source>
        <translation>op dit formaat wordt de afbeelding %1 x %2 pixels, te smal om iets te tonen (minstens %3 pixels per zijde): geef een grotere breedte, of exporteer een PDF-poster</translation>
    </message>
    <message>
        <source>not enough memory for an image of %1 x %2 pixels</source>
        <translation>niet genoeg geheugen voor een afbeelding van %1 x %2 pixels</translation>
    </message>
    <message>
        <source>could not encode the PNG: %1</source>
        <translation>kon de PNG niet coderen: %1</translation>
    </message>
    <message>
        <source>has no journey to export</source>
        <translation>heeft geen klantreis om te exporteren</translation>
    </message>
    <message>
        <source>has %1 journeys; this format holds one: choose a journey</source>
        <translation>heeft %1 klantreizen; dit formaat bevat er één: kies een klantreis</translation>
    </message>
    <message>
        <source>there is nothing to draw</source>
        <translation>er is niets om te tekenen</translation>
    </message>
    <message>
        <source>a margin of %1 mm does not fit the paper (0 to %2 mm)</source>
        <translation>een marge van %1 mm past niet op het papier (0 tot %2 mm)</translation>
    </message>
    <message>
        <source>an overlap of %1 mm does not fit the tile paper (0 to %2 mm)</source>
        <translation>een overlap van %1 mm past niet op het tegelpapier (0 tot %2 mm)</translation>
    </message>
    <message>
        <source>could not start drawing the SVG</source>
        <translation>kon de SVG niet beginnen te tekenen</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the bundled example is missing from this build</source>
        <translation>het meegeleverde voorbeeld ontbreekt in deze versie</translation>
    </message>
    <message>
        <source>is also the input file; choose another output</source>
        <translation>is ook het invoerbestand; kies een ander uitvoerbestand</translation>
    </message>
    <message>
        <source>exists and is not a regular file; it is not replaced</source>
        <translation>bestaat al en is geen gewoon bestand; het wordt niet vervangen</translation>
    </message>
    <message>
        <source>is open in Blauwdruk by %1; it is not replaced</source>
        <translation>is in Blauwdruk geopend door %1; het wordt niet vervangen</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>has %1 step columns; a journey holds at most %2 steps</source>
        <translation>heeft %1 stapkolommen; een klantreis heeft hoogstens %2 stappen</translation>
    </message>
    <message>
        <source>has %1 rows; a journey holds at most %2 lanes</source>
        <translation>heeft %1 rijen; een klantreis heeft hoogstens %2 banen</translation>
    </message>
    <message>
        <source>holds more than %1 cards; a journey holds at most %1</source>
        <translation>bevat meer dan %1 kaarten; een klantreis bevat er hoogstens %1</translation>
    </message>
    <message>
        <source>holds no step titles and no lanes</source>
        <translation>bevat geen staptitels en geen banen</translation>
    </message>
    <message>
        <source>row %1: a line (&quot;%2&quot;) follows the line of row %3 with no lane between them; only this one is kept</source>
        <translation>rij %1: een lijn (&quot;%2&quot;) volgt op de lijn van rij %3 zonder baan ertussen; alleen deze wordt bewaard</translation>
    </message>
    <message>
        <source>row %1: a line below the last lane has no lane under it; it is left out</source>
        <translation>rij %1: een lijn onder de laatste baan heeft geen baan eronder; die wordt weggelaten</translation>
    </message>
    <message>
        <source>is empty: the first row should hold the step titles</source>
        <translation>is leeg: de eerste rij hoort de staptitels te bevatten</translation>
    </message>
    <message>
        <source>is a zipped document (an .xlsx or .ods spreadsheet?), not CSV; save it as &quot;CSV UTF-8&quot; first</source>
        <translation>is een gezipt document (een .xlsx- of .ods-spreadsheet?), geen CSV; sla het eerst op als &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>is a database (a Blauwdruk workspace?), not CSV</source>
        <translation>is een database (een Blauwdruk-werkruimte?), geen CSV</translation>
    </message>
    <message>
        <source>is a PDF document, not CSV</source>
        <translation>is een PDF-document, geen CSV</translation>
    </message>
    <message>
        <source>is a binary file, not CSV text</source>
        <translation>is een binair bestand, geen CSV-tekst</translation>
    </message>
    <message>
        <source>line %1: the table has more than %2 cells; a grid holds at most that many</source>
        <translation>regel %1: de tabel heeft meer dan %2 cellen; een raster bevat er hoogstens zoveel</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is never closed</source>
        <translation>regel %1: een cel tussen aanhalingstekens wordt nooit gesloten</translation>
    </message>
    <message>
        <source>is %1 bytes; JSON input holds at most %2 MB</source>
        <translation>is %1 bytes; JSON-invoer is hoogstens %2 MB</translation>
    </message>
    <message>
        <source>holds more than %1 values</source>
        <translation>bevat meer dan %1 waarden</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>is meer dan %1 niveaus diep genest</translation>
    </message>
    <message>
        <source>has an object of more than %1 keys</source>
        <translation>heeft een object met meer dan %1 sleutels</translation>
    </message>
    <message>
        <source>has a list of more than %1 items</source>
        <translation>heeft een lijst met meer dan %1 items</translation>
    </message>
    <message>
        <source>expected a provenance object (workspace, organisation, file, library, taken_at, original)</source>
        <translation>verwacht een herkomstobject (workspace, organisation, file, library, taken_at, original)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>verwacht een object</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>onbekende sleutel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>verwacht een tekst</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>verwacht een geheel getal</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>verwacht true of false</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>verwacht een lijst met teksten</translation>
    </message>
    <message>
        <source>expected base64 text</source>
        <translation>verwacht base64-tekst</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>is geen geldige base64</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>sleutel &quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>verwacht een lijst</translation>
    </message>
    <message>
        <source>holds %1 cards; a journey holds at most %2</source>
        <translation>bevat %1 kaarten; een klantreis bevat er hoogstens %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>het bovenste niveau is geen JSON-object</translation>
    </message>
    <message>
        <source>is not &quot;blauwdruk&quot;: this is not a Blauwdruk file</source>
        <translation>is niet &quot;blauwdruk&quot;: dit is geen Blauwdruk-bestand</translation>
    </message>
    <message>
        <source>expected a whole number from 1</source>
        <translation>verwacht een geheel getal vanaf 1</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Blauwdruk reads (%2); update Blauwdruk</source>
        <translation>formaatversie %1 is nieuwer dan deze Blauwdruk kan lezen (%2); werk Blauwdruk bij</translation>
    </message>
    <message>
        <source>personas[%1].photo %2; it is kept as it is, and the drawn avatar is shown instead</source>
        <translation>personas[%1].photo %2; de foto blijft bewaard zoals hij is, en in plaats daarvan wordt de getekende avatar getoond</translation>
    </message>
    <message>
        <source> (and 1 more problem)</source>
        <translation> (en nog 1 probleem)</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (en nog %1 problemen)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>geen geldige JSON: %1</translation>
    </message>
</context>
<context>
    <name>JourneyCommands</name>
    <message>
        <source>Stage 1</source>
        <translation>Fase 1</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Stap 1</translation>
    </message>
    <message>
        <source>Journey not created</source>
        <translation>Klantreis niet aangemaakt</translation>
    </message>
    <message>
        <source>%1 (ideal)</source>
        <translation>%1 (ideaal)</translation>
    </message>
    <message>
        <source>Ideal version not made</source>
        <translation>Ideale versie niet gemaakt</translation>
    </message>
    <message>
        <source>The ideal version starts as a copy: now let go of today&apos;s process.</source>
        <translation>De ideale versie begint als kopie: laat het huidige proces nu los.</translation>
    </message>
    <message>
        <source>Open or select a current journey first.</source>
        <translation>Open of selecteer eerst een huidige klantreis.</translation>
    </message>
    <message>
        <source>Open or select a journey of a persona first.</source>
        <translation>Open of selecteer eerst een klantreis van een persona.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Personas %1</source>
        <translation>Persona&apos;s %1</translation>
    </message>
    <message>
        <source>Export Persona Sheets</source>
        <translation>Personaprofielen exporteren</translation>
    </message>
    <message>
        <source>Persona sheets (*.%1)</source>
        <translation>Personaprofielen (*.%1)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>The persona sheets could not be written to %1:
%2</source>
        <translation>De personaprofielen konden niet worden geschreven naar %1:
%2</translation>
    </message>
    <message>
        <source>Exported the persona sheet to %1</source>
        <translation>Het personaprofiel is geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Exported %1 persona sheets to %2</source>
        <translation>%1 personaprofielen geëxporteerd naar %2</translation>
    </message>
</context>
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
        <translation>Verondersteld</translation>
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
    <message>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideaal</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Ter beoordeling</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>−2 · very negative</source>
        <translation>−2 · zeer negatief</translation>
    </message>
    <message>
        <source>−1 · negative</source>
        <translation>−1 · negatief</translation>
    </message>
    <message>
        <source>+1 · positive</source>
        <translation>+1 · positief</translation>
    </message>
    <message>
        <source>+2 · very positive</source>
        <translation>+2 · zeer positief</translation>
    </message>
    <message>
        <source>0 · neutral</source>
        <translation>0 · neutraal</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Teruggestuurd</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkeerplaats</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Binnengekomen</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>&quot;%1&quot; is not a role name: lower-case letters, digits and _, at most 63</source>
        <translation>&quot;%1&quot; is geen rolnaam: kleine letters, cijfers en _, hoogstens 63</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved and cannot be an organisation</source>
        <translation>&quot;%1&quot; is gereserveerd en kan geen organisatie zijn</translation>
    </message>
    <message>
        <source>name the organisation (--name), in at most 200 characters</source>
        <translation>geef de organisatie een naam (--name), van hoogstens 200 tekens</translation>
    </message>
    <message>
        <source>no such journey</source>
        <translation>klantreis bestaat niet</translation>
    </message>
    <message>
        <source>the journey is too large to publish (%1 MB of JSON; at most %2 MB)</source>
        <translation>de klantreis is te groot om te publiceren (%1 MB JSON; hoogstens %2 MB)</translation>
    </message>
    <message>
        <source>the connection to the library was lost while publishing; search for &quot;%1&quot; to see whether version %2 was published</source>
        <translation>de verbinding met de bibliotheek viel weg tijdens het publiceren; zoek op &quot;%1&quot; om te zien of versie %2 gepubliceerd is</translation>
    </message>
    <message>
        <source>no such version: %1</source>
        <translation>versie bestaat niet: %1</translation>
    </message>
    <message>
        <source>version %1 is retracted already (%2, by %3)</source>
        <translation>versie %1 is al ingetrokken (%2, door %3)</translation>
    </message>
    <message>
        <source>version %1 belongs to %2; only they can retract it</source>
        <translation>versie %1 is van %2; alleen zij kunnen hem intrekken</translation>
    </message>
    <message>
        <source>version %1 was not retracted: the library refused without a reason</source>
        <translation>versie %1 is niet ingetrokken: de bibliotheek weigerde zonder reden</translation>
    </message>
    <message>
        <source>version %1 was retracted by %2 (%3); it can no longer be taken</source>
        <translation>versie %1 is ingetrokken door %2 (%3); hij kan niet meer worden overgenomen</translation>
    </message>
    <message>
        <source>version %1 in the library is damaged and cannot be taken: %2</source>
        <translation>versie %1 in de bibliotheek is beschadigd en kan niet worden overgenomen: %2</translation>
    </message>
    <message>
        <source>its content is %1 MB, more than a journey can be (%2 MB)</source>
        <translation>de inhoud is %1 MB, meer dan een klantreis kan zijn (%2 MB)</translation>
    </message>
    <message>
        <source>it holds %1 journeys instead of one</source>
        <translation>er staan %1 klantreizen in in plaats van één</translation>
    </message>
</context>
<context>
    <name>LibraryConnect</name>
    <message>
        <source>Library password</source>
        <translation>Wachtwoord bibliotheek</translation>
    </message>
    <message>
        <source>The library asks for a password for %1.
It is used for this connection only and not kept.</source>
        <translation>De bibliotheek vraagt een wachtwoord voor %1.
Het wordt alleen voor deze verbinding gebruikt en niet bewaard.</translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Geen wachtwoord gegeven.</translation>
    </message>
    <message>
        <source>Connecting to the library…</source>
        <translation>Verbinden met de bibliotheek…</translation>
    </message>
    <message>
        <source>connecting was cancelled</source>
        <translation>het verbinden is geannuleerd</translation>
    </message>
</context>
<context>
    <name>LibrarySchema</name>
    <message>
        <source>%1 has no Blauwdruk library; run `blauwdruk library init`</source>
        <translation>%1 heeft geen Blauwdruk-bibliotheek; voer `blauwdruk library init` uit</translation>
    </message>
    <message>
        <source>the library in %1 was made by a newer Blauwdruk (schema version %2; this one knows %3): update Blauwdruk</source>
        <translation>de bibliotheek in %1 is gemaakt door een nieuwere Blauwdruk (schemaversie %2; deze kent %3): werk Blauwdruk bij</translation>
    </message>
    <message>
        <source>the library in %1 is at schema version %2; an administrator upgrades it with `blauwdruk library init`</source>
        <translation>de bibliotheek in %1 heeft schemaversie %2; een beheerder werkt hem bij met `blauwdruk library init`</translation>
    </message>
    <message>
        <source>the library in %1 was made by a newer Blauwdruk (schema version %2); it is left as it is</source>
        <translation>de bibliotheek in %1 is gemaakt door een nieuwere Blauwdruk (schemaversie %2); hij blijft zoals hij is</translation>
    </message>
    <message>
        <source>cannot make the library (schema version %1) in %2: %3</source>
        <translation>kan de bibliotheek (schemaversie %1) niet maken in %2: %3</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Invoegen</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>&amp;Structuur</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>Klan&amp;treis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Beoo&amp;rdeling</translation>
    </message>
    <message>
        <source>Sessi&amp;on</source>
        <translation>S&amp;essie</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panelen</translation>
    </message>
    <message>
        <source>&amp;Focus</source>
        <translation>&amp;Focus</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
</context>
<context>
    <name>OutlineStructure</name>
    <message>
        <source>Stage title:</source>
        <translation>Titel van de fase:</translation>
    </message>
    <message>
        <source>Step title:</source>
        <translation>Titel van de stap:</translation>
    </message>
    <message>
        <source>Lane title (in every step):</source>
        <translation>Titel van de baan (in elke stap):</translation>
    </message>
    <message>
        <source>An arrow has no title: Del removes it.</source>
        <translation>Een pijl heeft geen titel: Del verwijdert hem.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>the stage “%1” with its steps</source>
        <translation>de fase “%1” met haar stappen</translation>
    </message>
    <message>
        <source>the step “%1”</source>
        <translation>de stap “%1”</translation>
    </message>
    <message>
        <source>the lane “%1” in every step</source>
        <translation>de baan “%1” in elke stap</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 and the card in it? Ctrl+Z brings it back.</source>
        <translation>Wilt u %1 verwijderen, met de kaart erin? Ctrl+Z haalt die terug.</translation>
    </message>
    <message>
        <source>Delete %1 and the %2 cards in it? Ctrl+Z brings them back.</source>
        <translation>Wilt u %1 verwijderen, met de %2 kaarten erin? Ctrl+Z haalt ze terug.</translation>
    </message>
    <message>
        <source>The step is at the edge of its stage; move the stage, or the step on the canvas.</source>
        <translation>De stap staat aan de rand van zijn fase; verplaats de fase, of de stap op het canvas.</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>Baan toevoegen</translation>
    </message>
    <message>
        <source>Lane title:</source>
        <translation>Titel van de baan:</translation>
    </message>
    <message>
        <source>Go to a stage (a new stage follows it) or a lane (a new lane goes below it).</source>
        <translation>Ga naar een fase (de nieuwe fase komt erna) of een baan (de nieuwe baan komt eronder).</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>cannot connect to the library: out of memory</source>
        <translation>kan geen verbinding maken met de bibliotheek: onvoldoende geheugen</translation>
    </message>
    <message>
        <source>%1 asks for a password: give it in the password file (~/.pgpass or PGPASSFILE) or when asked</source>
        <translation>%1 vraagt een wachtwoord: zet het in het wachtwoordbestand (~/.pgpass of PGPASSFILE) of geef het als erom gevraagd wordt</translation>
    </message>
    <message>
        <source>wrong password for %1 on %2</source>
        <translation>verkeerd wachtwoord voor %1 op %2</translation>
    </message>
    <message>
        <source>cannot connect to the library: %1</source>
        <translation>kan geen verbinding maken met de bibliotheek: %1</translation>
    </message>
    <message>
        <source>cannot connect to the library (%1): %2</source>
        <translation>kan geen verbinding maken met de bibliotheek (%1): %2</translation>
    </message>
    <message>
        <source>the library</source>
        <translation>de bibliotheek</translation>
    </message>
    <message>
        <source>database %1 on %2</source>
        <translation>database %1 op %2</translation>
    </message>
    <message>
        <source>the connection to the library was lost (%1)</source>
        <translation>de verbinding met de bibliotheek viel weg (%1)</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>geen verbinding</translation>
    </message>
    <message>
        <source>%1 has no Blauwdruk library; run `blauwdruk library init`</source>
        <translation>%1 heeft geen Blauwdruk-bibliotheek; voer `blauwdruk library init` uit</translation>
    </message>
    <message>
        <source>%1 may not do that in the library: %2</source>
        <translation>%1 mag dat niet in de bibliotheek: %2</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>geannuleerd door de gebruiker</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;Niet opslaan</translation>
    </message>
</context>
<context>
    <name>PrivacyWarning</name>
    <message>
        <source>⚠ This looks like real personal data (%1). Personas and cards describe fictional residents: remove it.</source>
        <translation>⚠ Dit lijkt op echte persoonsgegevens (%1). Persona&apos;s en kaarten beschrijven fictieve inwoners: haal het weg.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>%1 (library)</source>
        <translation>%1 (bibliotheek)</translation>
    </message>
    <message>
        <source>%1, taken %2</source>
        <translation>%1, overgenomen %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>RemovalNotice</name>
    <message>
        <source>1 card</source>
        <translation>1 kaart</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 kaarten</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 stap</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 stappen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Deleted stage “%1” — Undo (%2) brings it back</source>
        <translation>Fase “%1” verwijderd — Ongedaan maken (%2) zet hem terug</translation>
    </message>
    <message>
        <source>Deleted step “%1” — Undo (%2) brings it back</source>
        <translation>Stap “%1” verwijderd — Ongedaan maken (%2) zet hem terug</translation>
    </message>
    <message>
        <source>Deleted lane “%1” — Undo (%2) brings it back</source>
        <translation>Baan “%1” verwijderd — Ongedaan maken (%2) zet hem terug</translation>
    </message>
    <message>
        <source>Deleted stage “%1” with %2 — Undo (%3) brings them back</source>
        <translation>Fase “%1” met %2 verwijderd — Ongedaan maken (%3) zet ze terug</translation>
    </message>
    <message>
        <source>Deleted step “%1” with %2 — Undo (%3) brings them back</source>
        <translation>Stap “%1” met %2 verwijderd — Ongedaan maken (%3) zet ze terug</translation>
    </message>
    <message>
        <source>Deleted lane “%1” with %2 — Undo (%3) brings them back</source>
        <translation>Baan “%1” met %2 verwijderd — Ongedaan maken (%3) zet ze terug</translation>
    </message>
</context>
<context>
    <name>ReuseCommands</name>
    <message>
        <source>Import from Workspace</source>
        <translation>Overnemen uit werkruimte</translation>
    </message>
    <message>
        <source>Blauwdruk workspaces (*.blauwdruk);;All files (*)</source>
        <translation>Blauwdruk-werkruimtes (*.blauwdruk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported from: %2</source>
        <translation>Uit %1 kan niet worden overgenomen: %2</translation>
    </message>
    <message>
        <source>From “%1” (%2)</source>
        <translation>Uit “%1” (%2)</translation>
    </message>
    <message>
        <source>From “%1” of %2 (%3)</source>
        <translation>Uit “%1” van %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Overnemen</translation>
    </message>
    <message>
        <source>Taken: %1. Undo takes it all back.</source>
        <translation>Overgenomen: %1. Ongedaan maken neemt het allemaal terug.</translation>
    </message>
    <message>
        <source>Open the journey to publish first.</source>
        <translation>Open eerst de klantreis die u wilt publiceren.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Overnemen geannuleerd.</translation>
    </message>
    <message>
        <source>journey “%1”, taken %2</source>
        <translation>klantreis “%1”, overgenomen op %2</translation>
    </message>
    <message>
        <source>step “%1”, taken %2</source>
        <translation>stap “%1”, overgenomen op %2</translation>
    </message>
    <message>
        <source>card “%1”, taken %2</source>
        <translation>kaart “%1”, overgenomen op %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken Before</source>
        <translation>Al eerder overgenomen</translation>
    </message>
    <message>
        <source>This workspace already has copies from the same source:</source>
        <translation>Deze werkruimte heeft al kopieën uit dezelfde bron:</translation>
    </message>
    <message>
        <source>&amp;Take Again</source>
        <translation>&amp;Opnieuw overnemen</translation>
    </message>
    <message>
        <source>Take it again, as a second copy?</source>
        <translation>Opnieuw overnemen, als tweede kopie?</translation>
    </message>
    <message>
        <source>Take them again, as second copies?</source>
        <translation>Opnieuw overnemen, als tweede kopieën?</translation>
    </message>
    <message>
        <source>This workspace already has a copy from the same source:</source>
        <translation>Deze werkruimte heeft al een kopie uit dezelfde bron:</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>There is no such journey.</source>
        <translation>Deze klantreis bestaat niet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in review.</source>
        <translation>&quot;%1&quot; is al ter beoordeling.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a concept; submit it for review before a decision.</source>
        <translation>&quot;%1&quot; is een concept; bied het eerst ter beoordeling aan voordat er een besluit komt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a concept already.</source>
        <translation>&quot;%1&quot; is al een concept.</translation>
    </message>
    <message>
        <source>A decision needs the name of who takes it.</source>
        <translation>Een besluit heeft de naam nodig van wie het neemt.</translation>
    </message>
    <message>
        <source>Say what should change: requesting changes needs a remark.</source>
        <translation>Zeg wat er moet veranderen: terugsturen vraagt om een toelichting.</translation>
    </message>
    <message>
        <source>Approved: %1 (%2)</source>
        <translation>Vastgesteld: %1 (%2)</translation>
    </message>
    <message>
        <source>Changes were requested for &quot;%1&quot;; its makers submit it for review again before a new decision.</source>
        <translation>Voor &quot;%1&quot; zijn wijzigingen gevraagd; de makers bieden het opnieuw ter beoordeling aan voordat er een nieuw besluit komt.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Review mode: the blueprint cannot be changed; comment on it and decide.</source>
        <translation>Beoordelingsmodus: de blauwdruk kan niet worden gewijzigd; plaats opmerkingen en neem een besluit.</translation>
    </message>
    <message>
        <source>Review mode is off: the blueprint can be edited again.</source>
        <translation>De beoordelingsmodus is uit: de blauwdruk kan weer worden bewerkt.</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Ter beoordeling aanbieden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (now: %2) goes to the policy makers for review.</source>
        <translation>&quot;%1&quot; (nu: %2) gaat ter beoordeling naar de beleidsmakers.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Aanbieden</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Vaststellen</translation>
    </message>
    <message>
        <source>Approve &quot;%1&quot; (now: %2) as it is now. The approved state is kept as a version; any later change of its content shows as changed since approval.</source>
        <translation>&quot;%1&quot; (nu: %2) vaststellen zoals het nu is. De vastgestelde stand wordt als versie bewaard; elke latere wijziging van de inhoud is te zien als gewijzigd sinds vaststelling.</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Terugsturen</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot; (now: %2) back to its makers, saying what should change.</source>
        <translation>&quot;%1&quot; (nu: %2) terugsturen naar de makers, met wat er moet veranderen.</translation>
    </message>
    <message>
        <source>Back to Concept</source>
        <translation>Terug naar concept</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (now: %2) becomes a concept again.</source>
        <translation>&quot;%1&quot; (nu: %2) wordt weer een concept.</translation>
    </message>
    <message>
        <source>Comments on it still open: %1.</source>
        <translation>Opmerkingen die nog openstaan: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a new status: %2.</source>
        <translation>&quot;%1&quot; heeft een nieuwe status: %2.</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>End Session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <source>The structure is open again: stages, steps and lanes can change.</source>
        <translation>De structuur is weer open: fasen, stappen en banen kunnen veranderen.</translation>
    </message>
    <message>
        <source>The session has ended. Save its summary (what was added, the votes, the parking lot) as Markdown or PDF?</source>
        <translation>De werksessie is beëindigd. De samenvatting (wat is toegevoegd, de stemmen, de parkeerplaats) opslaan als Markdown of PDF?</translation>
    </message>
    <message>
        <source>&amp;Save Summary…</source>
        <translation>Samenvatting &amp;opslaan…</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <source>Save Session Summary</source>
        <translation>Samenvatting van de werksessie opslaan</translation>
    </message>
    <message>
        <source>%1 - session summary.%2</source>
        <translation>%1 - samenvatting werksessie.%2</translation>
    </message>
    <message>
        <source>End the session &quot;%1&quot;? The cards it added stay marked as its cards; entering session mode again starts a new session.</source>
        <translation>De werksessie &quot;%1&quot; beëindigen? De kaarten die erin zijn toegevoegd, blijven als haar kaarten gemarkeerd; wie de sessiemodus weer opent, begint een nieuwe werksessie.</translation>
    </message>
</context>
<context>
    <name>SessionRules</name>
    <message>
        <source>The structure of this journey is locked for the session: stages, steps and lanes keep their place and name. Unlock it in the session bar to change them.</source>
        <translation>De structuur van deze klantreis is vergrendeld voor de sessie: fasen, stappen en banen houden hun plaats en naam. Ontgrendel haar in de sessiebalk om ze te wijzigen.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>is damaged: %1</source>
        <translation>is beschadigd: %1</translation>
    </message>
    <message>
        <source>is a list of %1 bytes; a list holds at most %2</source>
        <translation>is een lijst van %1 bytes; een lijst is hoogstens %2</translation>
    </message>
    <message>
        <source>holds more than %1 items</source>
        <translation>bevat meer dan %1 items</translation>
    </message>
    <message>
        <source>is not a list of UTF-8 texts</source>
        <translation>is geen lijst met UTF-8-teksten</translation>
    </message>
    <message>
        <source>is not a list of texts</source>
        <translation>is geen lijst met teksten</translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Blauwdruk workspace</source>
        <translation>is een SQLite-database van een ander programma, geen Blauwdruk-werkruimte</translation>
    </message>
    <message>
        <source>is damaged: it has no schema version</source>
        <translation>is beschadigd: het heeft geen schemaversie</translation>
    </message>
    <message>
        <source>is a symbolic link to %1; open that file itself</source>
        <translation>is een symbolische koppeling naar %1; open dat bestand zelf</translation>
    </message>
    <message>
        <source>file does not exist</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>is geen gewoon bestand</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>is empty, not a Blauwdruk workspace</source>
        <translation>is leeg, geen Blauwdruk-werkruimte</translation>
    </message>
    <message>
        <source>is not a Blauwdruk workspace (not an SQLite database)</source>
        <translation>is geen Blauwdruk-werkruimte (geen SQLite-database)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>cannot be read: its -wal file could not be copied</source>
        <translation>kan niet worden gelezen: het -wal-bestand kon niet worden gekopieerd</translation>
    </message>
    <message>
        <source>is not a Blauwdruk workspace as Blauwdruk writes it: its text is stored as %1, not UTF-8</source>
        <translation>is geen Blauwdruk-werkruimte zoals Blauwdruk die schrijft: de tekst is opgeslagen als %1, niet als UTF-8</translation>
    </message>
    <message>
        <source>was changed outside Blauwdruk, so it is not opened (%1); ask whoever sent it for a copy saved by Blauwdruk</source>
        <translation>is buiten Blauwdruk gewijzigd en wordt daarom niet geopend (%1); vraag wie het stuurde om een kopie die met Blauwdruk is opgeslagen</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>could not be upgraded from format %1: %2</source>
        <translation>kon niet worden bijgewerkt vanaf formaat %1: %2</translation>
    </message>
    <message>
        <source>no migration from format %1</source>
        <translation>geen migratie vanaf formaat %1</translation>
    </message>
    <message>
        <source>is damaged: the workspace row is missing</source>
        <translation>is beschadigd: de werkruimterij ontbreekt</translation>
    </message>
    <message>
        <source>is damaged: workspace.%1 is not UTF-8 text</source>
        <translation>is beschadigd: workspace.%1 is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>is damaged: workspace.%1 %2</source>
        <translation>is beschadigd: workspace.%1 %2</translation>
    </message>
    <message>
        <source>holds %1 objects; a workspace holds at most %2</source>
        <translation>bevat %1 objecten; een werkruimte bevat er hoogstens %2</translation>
    </message>
    <message>
        <source>%1.%2 of row %3 is not %4</source>
        <translation>%1.%2 van rij %3 is geen %4</translation>
    </message>
    <message>
        <source>%1.%2 of row %3 %4</source>
        <translation>%1.%2 van rij %3 %4</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>the file was moved, renamed or deleted while it was open</source>
        <translation>het bestand is verplaatst, hernoemd of verwijderd terwijl het open was</translation>
    </message>
    <message>
        <source>exists and is not a regular file; it is not replaced</source>
        <translation>bestaat al en is geen gewoon bestand; het wordt niet vervangen</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>kan niet schrijven in %1: %2</translation>
    </message>
</context>
<context>
    <name>VersionCommands</name>
    <message>
        <source>Version &quot;%1&quot; of %2</source>
        <translation>Versie &quot;%1&quot; van %2</translation>
    </message>
    <message>
        <source>Cannot show the version</source>
        <translation>Kan de versie niet tonen</translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; cannot be read: %2</source>
        <translation>De versie &quot;%1&quot; is niet te lezen: %2</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Kan niet vergelijken</translation>
    </message>
    <message>
        <source>Changes in &quot;%1&quot; from version &quot;%2&quot; (%3) to &quot;%4&quot; (%5)</source>
        <translation>Wijzigingen in &quot;%1&quot; van versie &quot;%2&quot; (%3) tot &quot;%4&quot; (%5)</translation>
    </message>
    <message>
        <source>Changes in &quot;%1&quot; since version &quot;%2&quot; (%3)</source>
        <translation>Wijzigingen in &quot;%1&quot; sinds versie &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>Show Changes</source>
        <translation>Wijzigingen tonen</translation>
    </message>
    <message>
        <source>Open a journey first.</source>
        <translation>Open eerst een klantreis.</translation>
    </message>
    <message>
        <source>The approved state of &quot;%1&quot; is no longer in the workspace (its version was deleted).</source>
        <translation>De vastgestelde stand van &quot;%1&quot; is niet meer in de werkruimte (de versie ervan is verwijderd).</translation>
    </message>
    <message>
        <source>Changes in &quot;%1&quot; since approval on %2 by %3</source>
        <translation>Wijzigingen in &quot;%1&quot; sinds vaststelling op %2 door %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been approved, and the workspace has no versions to compare with. Save one in File › Versions.</source>
        <translation>&quot;%1&quot; is niet vastgesteld, en de werkruimte heeft geen versies om mee te vergelijken. Sla er een op in Bestand › Versies.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been approved. Show the changes since a version:</source>
        <translation>&quot;%1&quot; is niet vastgesteld. Toon de wijzigingen sinds een versie:</translation>
    </message>
    <message>
        <source>View Approved State</source>
        <translation>Vastgestelde stand bekijken</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been approved.</source>
        <translation>&quot;%1&quot; is niet vastgesteld.</translation>
    </message>
    <message>
        <source>Approved state of &quot;%1&quot; (%2, %3)</source>
        <translation>Vastgestelde stand van &quot;%1&quot; (%2, %3)</translation>
    </message>
</context>
<context>
    <name>VoteTool</name>
    <message>
        <source>Select a card first.</source>
        <translation>Selecteer eerst een kaart.</translation>
    </message>
    <message>
        <source>No vote round</source>
        <translation>Geen stemronde</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>getoond</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 left</source>
        <translation>%1: %2 van %3 over</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Handopsteken</translation>
    </message>
    <message>
        <source>%1 hands counted for &quot;%2&quot;.</source>
        <translation>%1 handen geteld voor &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>That is more than the %1 participants: check the count.</source>
        <translation>Dat is meer dan de %1 deelnemers: controleer de telling.</translation>
    </message>
    <message>
        <source>Hands: %1, Enter to count them</source>
        <translation>Handen: %1, Enter om ze te tellen</translation>
    </message>
    <message>
        <source>%1 hands on this card</source>
        <translation>%1 handen op deze kaart</translation>
    </message>
    <message>
        <source>%1 on this card</source>
        <translation>%1 op deze kaart</translation>
    </message>
</context>
<context>
    <name>blauwdruk::AgendaDialog</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No focus</source>
        <translation>Geen focus</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>&amp;Focus on:</source>
        <translation>&amp;Focus op:</translation>
    </message>
    <message>
        <source>&amp;Add Block</source>
        <translation>&amp;Blok toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Nieuw blok</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Baan: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Agenda blocks</source>
        <translation>Agendablokken</translation>
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
    <name>blauwdruk::CanvasActions</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Onderbouwing</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>&amp;Kaart toevoegen</translation>
    </message>
    <message>
        <source>Add a card in the current cell and type its title</source>
        <translation>Een kaart toevoegen in de huidige cel en de titel typen</translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>&amp;Titel bewerken</translation>
    </message>
    <message>
        <source>Type a new title for the selected card</source>
        <translation>Een nieuwe titel typen voor de geselecteerde kaart</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected cards and their connections</source>
        <translation>De geselecteerde kaarten en hun verbindingen verwijderen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>Move the selected cards to the clipboard</source>
        <translation>De geselecteerde kaarten naar het klembord verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the selected cards, to paste them here or elsewhere</source>
        <translation>De geselecteerde kaarten kopiëren, om ze hier of elders te plakken</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>Paste cards or lines of text into the current cell</source>
        <translation>Kaarten of regels tekst in de huidige cel plakken</translation>
    </message>
    <message>
        <source>Copy the selected cards into their own cells</source>
        <translation>De geselecteerde kaarten kopiëren in hun eigen cellen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>Select every card of the journey</source>
        <translation>Alle kaarten van de reis selecteren</translation>
    </message>
    <message>
        <source>C&amp;onnect Selected Cards</source>
        <translation>Geselecteerde kaarten &amp;verbinden</translation>
    </message>
    <message>
        <source>Draw an arrow between the two selected cards</source>
        <translation>Een pijl trekken tussen de twee geselecteerde kaarten</translation>
    </message>
    <message>
        <source>Move to the &amp;Left</source>
        <translation>Naar &amp;links</translation>
    </message>
    <message>
        <source>Move the selected cards one step back</source>
        <translation>De geselecteerde kaarten één stap terug zetten</translation>
    </message>
    <message>
        <source>Move to the &amp;Right</source>
        <translation>Naar &amp;rechts</translation>
    </message>
    <message>
        <source>Move the selected cards one step on</source>
        <translation>De geselecteerde kaarten één stap verder zetten</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move the selected cards to the lane above</source>
        <translation>De geselecteerde kaarten naar de baan erboven verplaatsen</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <source>Move the selected cards to the lane below</source>
        <translation>De geselecteerde kaarten naar de baan eronder verplaatsen</translation>
    </message>
    <message>
        <source>Insert Stage &amp;Before</source>
        <translation>Fase &amp;ervoor invoegen</translation>
    </message>
    <message>
        <source>Insert a stage before the current one</source>
        <translation>Een fase invoegen vóór de huidige</translation>
    </message>
    <message>
        <source>Insert &amp;Stage After</source>
        <translation>&amp;Fase erna invoegen</translation>
    </message>
    <message>
        <source>Insert a stage after the current one</source>
        <translation>Een fase invoegen na de huidige</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Naam van fase wijzigen</translation>
    </message>
    <message>
        <source>Type a new name for the current stage</source>
        <translation>Een nieuwe naam typen voor de huidige fase</translation>
    </message>
    <message>
        <source>Move Stage Left</source>
        <translation>Fase naar links</translation>
    </message>
    <message>
        <source>Move the current stage one place back</source>
        <translation>De huidige fase één plaats terug zetten</translation>
    </message>
    <message>
        <source>Move Stage Right</source>
        <translation>Fase naar rechts</translation>
    </message>
    <message>
        <source>Move the current stage one place on</source>
        <translation>De huidige fase één plaats verder zetten</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>Delete the current stage with its steps and cards</source>
        <translation>De huidige fase verwijderen, met haar stappen en kaarten</translation>
    </message>
    <message>
        <source>Insert Step B&amp;efore</source>
        <translation>Stap e&amp;rvoor invoegen</translation>
    </message>
    <message>
        <source>Insert a step before the current one</source>
        <translation>Een stap invoegen vóór de huidige</translation>
    </message>
    <message>
        <source>Insert S&amp;tep After</source>
        <translation>S&amp;tap erna invoegen</translation>
    </message>
    <message>
        <source>Insert a step after the current one</source>
        <translation>Een stap invoegen na de huidige</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>Naam van stap wijzigen</translation>
    </message>
    <message>
        <source>Type a new name for the current step</source>
        <translation>Een nieuwe naam typen voor de huidige stap</translation>
    </message>
    <message>
        <source>Move Step Left</source>
        <translation>Stap naar links</translation>
    </message>
    <message>
        <source>Move the current step one place back</source>
        <translation>De huidige stap één plaats terug zetten</translation>
    </message>
    <message>
        <source>Move Step Right</source>
        <translation>Stap naar rechts</translation>
    </message>
    <message>
        <source>Move the current step one place on</source>
        <translation>De huidige stap één plaats verder zetten</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Delete the current step with its cards</source>
        <translation>De huidige stap verwijderen, met zijn kaarten</translation>
    </message>
    <message>
        <source>Insert Lane Abo&amp;ve</source>
        <translation>Baan erb&amp;oven invoegen</translation>
    </message>
    <message>
        <source>Insert a lane above the current one</source>
        <translation>Een baan invoegen boven de huidige</translation>
    </message>
    <message>
        <source>Insert &amp;Lane Below</source>
        <translation>&amp;Baan eronder invoegen</translation>
    </message>
    <message>
        <source>Insert a lane below the current one</source>
        <translation>Een baan invoegen onder de huidige</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Naam van baan wijzigen</translation>
    </message>
    <message>
        <source>Type a new name for the current lane</source>
        <translation>Een nieuwe naam typen voor de huidige baan</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation>Baan omhoog</translation>
    </message>
    <message>
        <source>Move the current lane one place up</source>
        <translation>De huidige baan één plaats omhoog zetten</translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation>Baan omlaag</translation>
    </message>
    <message>
        <source>Move the current lane one place down</source>
        <translation>De huidige baan één plaats omlaag zetten</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Baan verwijderen</translation>
    </message>
    <message>
        <source>Delete the current lane with its cards</source>
        <translation>De huidige baan verwijderen, met haar kaarten</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Show the blueprint larger</source>
        <translation>De blauwdruk groter tonen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Show more of the blueprint</source>
        <translation>Meer van de blauwdruk tonen</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Passend in venster</translation>
    </message>
    <message>
        <source>Show the whole blueprint</source>
        <translation>De hele blauwdruk tonen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Werkelijke grootte</translation>
    </message>
    <message>
        <source>Show the blueprint at 100 %</source>
        <translation>De blauwdruk op 100 % tonen</translation>
    </message>
    <message>
        <source>Set the selected cards&apos; %1 to “%2”</source>
        <translation>%1 van de geselecteerde kaarten op “%2” zetten</translation>
    </message>
    <message>
        <source>Enter edits the selected card; Insert (or Ctrl+Enter) adds another card to this cell.</source>
        <translation>Enter bewerkt de geselecteerde kaart; Insert (of Ctrl+Enter) voegt nog een kaart aan deze cel toe.</translation>
    </message>
    <message>
        <source>Enter or Insert adds a card to this cell.</source>
        <translation>Enter of Insert voegt een kaart aan deze cel toe.</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed here (the notice above says why). Save As makes a copy you can change.</source>
        <translation>Dit bestand is alleen-lezen geopend, dus hier kan niets worden gewijzigd (de melding bovenaan zegt waarom). Met Opslaan als maakt u een kopie die u wel kunt wijzigen.</translation>
    </message>
    <message>
        <source>%1 works on a blueprint: open a journey first.</source>
        <translation>%1 werkt op een blauwdruk: open eerst een klantreis.</translation>
    </message>
    <message>
        <source>%1: first pick a cell, with a click or the arrow keys.</source>
        <translation>%1: kies eerst een cel, met een klik of de pijltjestoetsen.</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Er is niets om te plakken.</translation>
    </message>
    <message>
        <source>To connect cards, select exactly two of them.</source>
        <translation>Selecteer precies twee kaarten om ze te verbinden.</translation>
    </message>
    <message>
        <source>%1: it cannot go further that way.</source>
        <translation>%1: verder die kant op kan niet.</translation>
    </message>
    <message>
        <source>%1: first pick a step, with a click or the arrow keys.</source>
        <translation>%1: kies eerst een stap, met een klik of de pijltjestoetsen.</translation>
    </message>
    <message>
        <source>%1: first pick a lane, with a click or the arrow keys.</source>
        <translation>%1: kies eerst een baan, met een klik of de pijltjestoetsen.</translation>
    </message>
    <message>
        <source>%1: first select a card, with a click or the arrow keys.</source>
        <translation>%1: selecteer eerst een kaart, met een klik of de pijltjestoetsen.</translation>
    </message>
    <message>
        <source>The emotion lane holds the curve, not cards: drag a step&apos;s point, or set its emotion in the Inspector. Cards go in the other lanes.</source>
        <translation>De emotiebaan bevat de curve, geen kaarten: sleep het punt van een stap, of stel de emotie in bij Eigenschappen. Kaarten horen in de andere banen.</translation>
    </message>
    <message>
        <source>Add Co&amp;mment…</source>
        <translation>Op&amp;merking toevoegen…</translation>
    </message>
    <message>
        <source>Comment on the selected card, else on the current step</source>
        <translation>Een opmerking bij de geselecteerde kaart, anders bij de huidige stap</translation>
    </message>
    <message>
        <source>Review mode: the blueprint cannot be changed here, only commented on and decided. View › Review Mode (or the bar&apos;s Leave button) goes back to editing.</source>
        <translation>Beoordelingsmodus: de blauwdruk kan hier niet worden gewijzigd, alleen van opmerkingen voorzien en besloten. Beeld › Beoordelingsmodus (of de knop Verlaten in de balk) gaat terug naar bewerken.</translation>
    </message>
    <message>
        <source>&amp;Quick Capture</source>
        <translation>&amp;Snelle invoer</translation>
    </message>
    <message>
        <source>Type on the canvas to add cards to the current cell: Enter adds the next, Tab goes to the next cell, ! + ? set the kind</source>
        <translation>Typ op het canvas om kaarten aan de huidige cel toe te voegen: Enter voegt de volgende toe, Tab gaat naar de volgende cel, ! + ? kiezen de soort</translation>
    </message>
    <message>
        <source>The structure is locked for the session: stages, steps and lanes keep their place and name. Session › Lock Structure (Ctrl+Alt+L) opens it again.</source>
        <translation>De structuur is vergrendeld voor de sessie: fasen, stappen en banen houden hun plaats en naam. Sessie › Structuur vergrendelen (Ctrl+Alt+L) maakt haar weer open.</translation>
    </message>
    <message>
        <source>Type to add a card here (! pain point, + opportunity, ? question); Enter edits the selected card.</source>
        <translation>Typ om hier een kaart toe te voegen (! knelpunt, + kans, ? vraag); Enter bewerkt de geselecteerde kaart.</translation>
    </message>
    <message>
        <source>Type to add a card here (! pain point, + opportunity, ? question).</source>
        <translation>Typ om hier een kaart toe te voegen (! knelpunt, + kans, ? vraag).</translation>
    </message>
    <message>
        <source>Type the dots for the selected card; Alt+Down and Alt+Up select the next card in the cell, Tab the next participant.</source>
        <translation>Typ de stippen voor de geselecteerde kaart; Alt+Omlaag en Alt+Omhoog selecteren de volgende kaart in de cel, Tab de volgende deelnemer.</translation>
    </message>
    <message>
        <source>No card here to vote on: the arrow keys go to a cell with cards, Alt+Down selects its next card.</source>
        <translation>Hier is geen kaart om op te stemmen: de pijltoetsen gaan naar een cel met kaarten, Alt+Omlaag selecteert de volgende kaart.</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>D&amp;upliceren</translation>
    </message>
</context>
<context>
    <name>blauwdruk::ChangesPanel</name>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>C&amp;lear Marks</source>
        <translation>Markeringen &amp;wissen</translation>
    </message>
    <message>
        <source>Stop showing the changes on the canvas</source>
        <translation>De wijzigingen niet meer op het canvas tonen</translation>
    </message>
    <message>
        <source>No comparison. Use View › Show Changes, or Compare in File › Versions.</source>
        <translation>Geen vergelijking. Gebruik Beeld › Wijzigingen tonen, of Vergelijken in Bestand › Versies.</translation>
    </message>
    <message>
        <source>No longer there: shown in this list only</source>
        <translation>Niet meer aanwezig: alleen in deze lijst</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Geen wijzigingen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pijl</translation>
    </message>
</context>
<context>
    <name>blauwdruk::CommentDialog</name>
    <message>
        <source>Type here; Ctrl+Enter adds it</source>
        <translation>Typ hier; Ctrl+Enter voegt het toe</translation>
    </message>
</context>
<context>
    <name>blauwdruk::CommentsPanel</name>
    <message>
        <source>Show open, resolved or all comments</source>
        <translation>Toon open, afgehandelde of alle opmerkingen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show the comments of one person</source>
        <translation>Toon de opmerkingen van één persoon</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Show the comments on one step and its cards</source>
        <translation>Toon de opmerkingen bij één stap en zijn kaarten</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle stappen</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>Rea&amp;geren…</translation>
    </message>
    <message>
        <source>Reso&amp;lve</source>
        <translation>&amp;Afhandelen</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation>Her&amp;openen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>blauwdruk::CompareCanvas</name>
    <message>
        <source>Untitled step</source>
        <translation>Naamloze stap</translation>
    </message>
    <message>
        <source>Current and ideal journey compared</source>
        <translation>Huidige en ideale klantreis vergeleken</translation>
    </message>
    <message>
        <source>There are no steps to compare yet.</source>
        <translation>Er zijn nog geen stappen om te vergelijken.</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanaal: %1</translation>
    </message>
    <message>
        <source>Emotion: %1</source>
        <translation>Emotie: %1</translation>
    </message>
    <message>
        <source>Pair with current step</source>
        <translation>Koppelen aan huidige stap</translation>
    </message>
    <message>
        <source>Pair with ideal step</source>
        <translation>Koppelen aan ideale stap</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Geen stappen</translation>
    </message>
    <message>
        <source>No counterpart</source>
        <translation>Geen tegenhanger</translation>
    </message>
    <message>
        <source>Align by title</source>
        <translation>Koppelen op titel</translation>
    </message>
    <message>
        <source>Show in Blueprint</source>
        <translation>Tonen in de blueprint</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No cards.</source>
        <translation>Geen kaarten.</translation>
    </message>
    <message>
        <source>Cards: %1</source>
        <translation>Kaarten: %1</translation>
    </message>
</context>
<context>
    <name>blauwdruk::CompareLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Only in one journey</source>
        <translation>Alleen in één klantreis</translation>
    </message>
</context>
<context>
    <name>blauwdruk::CompareView</name>
    <message>
        <source>Untitled journey</source>
        <translation>Naamloze klantreis</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Choose a persona to compare its current and ideal journey.</source>
        <translation>Kies een persona om de huidige en de ideale klantreis te vergelijken.</translation>
    </message>
    <message>
        <source>%1 has no journeys yet.</source>
        <translation>%1 heeft nog geen klantreizen.</translation>
    </message>
    <message>
        <source>These journeys have no steps yet.</source>
        <translation>Deze klantreizen hebben nog geen stappen.</translation>
    </message>
    <message>
        <source>1 step aligned</source>
        <translation>1 stap gekoppeld</translation>
    </message>
    <message>
        <source>%1 steps aligned</source>
        <translation>%1 stappen gekoppeld</translation>
    </message>
    <message>
        <source>(%1 across)</source>
        <translation>(%1 kruislings)</translation>
    </message>
    <message>
        <source>%1 only in current</source>
        <translation>%1 alleen in huidig</translation>
    </message>
    <message>
        <source>%1 only in ideal</source>
        <translation>%1 alleen in ideaal</translation>
    </message>
    <message>
        <source>Cards: %1 only in current, %2 only in ideal</source>
        <translation>Kaarten: %1 alleen in huidig, %2 alleen in ideaal</translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation>Huidige klantreis</translation>
    </message>
    <message>
        <source>Ideal journey</source>
        <translation>Ideale klantreis</translation>
    </message>
    <message>
        <source>Ideal against current</source>
        <translation>Ideaal tegenover huidig</translation>
    </message>
    <message>
        <source>No ideal journey yet: Journey › Make Ideal Version starts one from the current journey.</source>
        <translation>Nog geen ideale klantreis: Klantreis › Ideale versie maken begint er een vanuit de huidige klantreis.</translation>
    </message>
    <message>
        <source>No current journey yet: Journey › New Journey… adds one.</source>
        <translation>Nog geen huidige klantreis: Klantreis › Nieuwe klantreis… voegt er een toe.</translation>
    </message>
    <message>
        <source>C&amp;urrent journey:</source>
        <translation>H&amp;uidige klantreis:</translation>
    </message>
    <message>
        <source>Ide&amp;al journey:</source>
        <translation>I&amp;deale klantreis:</translation>
    </message>
    <message>
        <source>Sho&amp;w cards</source>
        <translation>Kaarten to&amp;nen</translation>
    </message>
</context>
<context>
    <name>blauwdruk::DecisionDialog</name>
    <message>
        <source>optional, e.g. policy adviser</source>
        <translation>optioneel, bijv. beleidsadviseur</translation>
    </message>
    <message>
        <source>What should change, and why</source>
        <translation>Wat er moet veranderen, en waarom</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>&amp;Remark (required)</source>
        <translation>&amp;Toelichting (verplicht)</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>&amp;Toelichting</translation>
    </message>
</context>
<context>
    <name>blauwdruk::DemoCommands</name>
    <message>
        <source>Walkthrough</source>
        <translation>Doorloop</translation>
    </message>
    <message>
        <source>The ideal journey &quot;%1&quot; has no steps yet to walk through.</source>
        <translation>De ideale klantreis &quot;%1&quot; heeft nog geen stappen om te doorlopen.</translation>
    </message>
    <message>
        <source>Open an ideal journey (or the current journey of a persona who has one) to walk through it with residents.</source>
        <translation>Open een ideale klantreis (of de huidige klantreis van een persona die er een heeft) om die met inwoners te doorlopen.</translation>
    </message>
    <message>
        <source>Residents&apos; Verdicts</source>
        <translation>Oordeel van inwoners</translation>
    </message>
    <message>
        <source>Open a persona&apos;s current journey, or its ideal journey: the residents judge the demo against today&apos;s pain points.</source>
        <translation>Open de huidige of de ideale klantreis van een persona: inwoners beoordelen de demo aan de knelpunten van nu.</translation>
    </message>
    <message>
        <source>Export Demo Findings</source>
        <translation>Demobevindingen exporteren</translation>
    </message>
    <message>
        <source>%1 - demo findings.%2</source>
        <translation>%1 - demobevindingen.%2</translation>
    </message>
    <message>
        <source>Export Work List of %1</source>
        <translation>Werklijst van %1 exporteren</translation>
    </message>
    <message>
        <source>%1 - work list.md</source>
        <translation>%1 - werklijst.md</translation>
    </message>
    <message>
        <source>Export Work List</source>
        <translation>Werklijst exporteren</translation>
    </message>
    <message>
        <source>%1: a work list is written as CSV, Markdown or HTML; give the file one of their extensions.</source>
        <translation>%1: een werklijst wordt geschreven als CSV, Markdown of HTML; geef het bestand een van die extensies.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Work list of %1 saved in %2.</source>
        <translation>Werklijst van %1 opgeslagen in %2.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; answers none of today&apos;s pain points: all of them are listed.</source>
        <translation>De stap &quot;%1&quot; beantwoordt geen van de knelpunten van nu: ze staan er allemaal.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::DemoFindings</name>
    <message>
        <source>(untitled)</source>
        <translation>(naamloos)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Partly solved</source>
        <translation>Deels opgelost</translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation>Niet opgelost</translation>
    </message>
    <message>
        <source>Not shown in the demo</source>
        <translation>Niet getoond in de demo</translation>
    </message>
    <message>
        <source>Demo findings: %1</source>
        <translation>Demobevindingen: %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>No current journey with an ideal journey: there is no demo to judge.</source>
        <translation>Geen huidige klantreis met een ideale klantreis: er is geen demo om te beoordelen.</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Klantreis: %1</translation>
    </message>
    <message>
        <source>Demo of:</source>
        <translation>Demo van:</translation>
    </message>
    <message>
        <source>the ideal journey &quot;%1&quot;</source>
        <translation>de ideale klantreis &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Demo sessions</source>
        <translation>Demosessies</translation>
    </message>
    <message>
        <source>No demo session yet: the residents have not judged the demo of this journey.</source>
        <translation>Geen demosessie nog: de inwoners hebben de demo van deze klantreis nog niet beoordeeld.</translation>
    </message>
    <message>
        <source>%1 of %2 pain points judged</source>
        <translation>%1 van %2 knelpunten beoordeeld</translation>
    </message>
    <message>
        <source>Pain points of today&apos;s journey</source>
        <translation>Knelpunten van de huidige klantreis</translation>
    </message>
    <message>
        <source>The current journey has no pain points.</source>
        <translation>De huidige klantreis heeft geen knelpunten.</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>no verdict recorded</source>
        <translation>geen oordeel vastgelegd</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>Not judged yet.</source>
        <translation>Nog niet beoordeeld.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>What remains unsolved</source>
        <translation>Wat nog niet is opgelost</translation>
    </message>
    <message>
        <source>Nothing: the last demo session judged every pain point solved.</source>
        <translation>Niets: in de laatste demosessie is elk knelpunt als opgelost beoordeeld.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::DemoSessionDialog</name>
    <message>
        <source>New Demo Session</source>
        <translation>Nieuwe demosessie</translation>
    </message>
    <message>
        <source>Where or with whom, such as Buurthuis De Schakel</source>
        <translation>Waar of met wie, zoals Buurthuis De Schakel</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
</context>
<context>
    <name>blauwdruk::Document</name>
    <message>
        <source>the file is open read-only</source>
        <translation>het bestand is alleen-lezen geopend</translation>
    </message>
    <message>
        <source>is open in Blauwdruk by %1; choose another name</source>
        <translation>is in Blauwdruk geopend door %1; kies een andere naam</translation>
    </message>
    <message>
        <source>in review mode the blueprint cannot be changed; leave review mode to edit it</source>
        <translation>in de beoordelingsmodus kan de blauwdruk niet worden gewijzigd; verlaat de beoordelingsmodus om te bewerken</translation>
    </message>
</context>
<context>
    <name>blauwdruk::DocumentManager</name>
    <message>
        <source>Blauwdruk workspaces (*.blauwdruk);;All files (*)</source>
        <translation>Blauwdruk-werkruimtes (*.blauwdruk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>Wijziging niet gemaakt</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Bestand kan niet worden geopend</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Werkruimte openen</translation>
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
        <translation>De naamloze werkruimte &quot;%1&quot; heeft wijzigingen. Wilt u die opslaan voordat u sluit?</translation>
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
        <source>Read-only — in use elsewhere</source>
        <translation>Alleen-lezen — elders in gebruik</translation>
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
        <source>“%1” is being edited in Blauwdruk by %2, so it is open read-only here. To make changes, save your own copy with Save As.</source>
        <translation>“%1” wordt in Blauwdruk bewerkt door %2 en is hier daarom alleen-lezen geopend. Wilt u iets wijzigen, bewaar dan een eigen kopie met Opslaan als.</translation>
    </message>
    <message>
        <source>You may not change “%1”: the file or its folder is read-only. To make changes, save a copy with Save As.</source>
        <translation>U mag “%1” niet wijzigen: het bestand of de map is alleen-lezen. Wilt u iets wijzigen, bewaar dan een kopie met Opslaan als.</translation>
    </message>
    <message>
        <source>“%1” is open read-only. To make changes, save a copy with Save As.</source>
        <translation>“%1” is alleen-lezen geopend. Wilt u iets wijzigen, bewaar dan een kopie met Opslaan als.</translation>
    </message>
    <message>
        <source>Changes could not be saved to %1: %2.
Nothing is lost: your work continues in a recovery copy that is saved as you go. Use Save As to choose where to keep it.</source>
        <translation>Wijzigingen konden niet worden opgeslagen in %1: %2.
Er gaat niets verloren: u werkt verder in een herstelkopie die steeds wordt opgeslagen. Kies met Opslaan als waar u het werk wilt bewaren.</translation>
    </message>
    <message>
        <source>Changes could not be saved to %1: %2.
Your work is kept in memory. Use Save As to save it somewhere else.</source>
        <translation>Wijzigingen konden niet worden opgeslagen in %1: %2.
Uw werk blijft in het geheugen bewaard. Sla het met Opslaan als ergens anders op.</translation>
    </message>
    <message>
        <source>Restore your work?</source>
        <translation>Uw werk herstellen?</translation>
    </message>
    <message>
        <source>Blauwdruk was not closed properly. Work that had not been saved yet was kept:</source>
        <translation>Blauwdruk is niet goed afgesloten. Werk dat nog niet was opgeslagen, is bewaard gebleven:</translation>
    </message>
    <message>
        <source>“%1”, last changed %2 (journeys: %3, cards: %4).

Restore it now, or discard it for good?</source>
        <translation>“%1”, laatst gewijzigd %2 (klantreizen: %3, kaarten: %4).

Nu herstellen, of voorgoed weggooien?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Herstellen mislukt</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <source>Cannot show the version</source>
        <translation>Kan de versie niet tonen</translation>
    </message>
    <message>
        <source>%1 — %2 — read-only — Blauwdruk</source>
        <translation>%1 — %2 — alleen-lezen — Blauwdruk</translation>
    </message>
    <message>
        <source>%1, shown read-only. To go back to it, use Restore in File › Versions; to work on from it, save a copy with Save As.</source>
        <translation>%1, alleen-lezen getoond. Gebruik Terugzetten in Bestand › Versies om ernaar terug te gaan; sla een kopie op met Opslaan als om ermee verder te werken.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::Edits</name>
    <message>
        <source>The field &quot;%1&quot; cannot be set directly.</source>
        <translation>Het veld &quot;%1&quot; kan niet direct worden gewijzigd.</translation>
    </message>
    <message>
        <source>There is no %1 with the field &quot;%2&quot;.</source>
        <translation>Er is geen %1 met het veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The value for &quot;%1&quot; has the wrong type.</source>
        <translation>De waarde voor &quot;%1&quot; heeft het verkeerde type.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is geen geldige waarde voor &quot;%2&quot;.</translation>
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
        <translation>&quot;%1&quot; is geen soort baan.</translation>
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
        <translation>&quot;%1&quot; is geen soort kaart.</translation>
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
        <translation>&quot;%1&quot; is geen soort verbinding.</translation>
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
        <translation>Versie &quot;%1&quot; bewaren</translation>
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
    <message>
        <source>Make ideal version</source>
        <translation>Ideale versie maken</translation>
    </message>
    <message>
        <source>A step is aligned with a step of another journey.</source>
        <translation>Een stap kan alleen worden gekoppeld aan een stap van een andere klantreis.</translation>
    </message>
    <message>
        <source>Align steps</source>
        <translation>Stappen koppelen</translation>
    </message>
    <message>
        <source>A photo can hold at most %1 MB.</source>
        <translation>Een foto mag hoogstens %1 MB groot zijn.</translation>
    </message>
    <message>
        <source>A text can hold at most %1 characters; this one has %2.</source>
        <translation>Een tekst mag hoogstens %1 tekens hebben; deze heeft er %2.</translation>
    </message>
    <message>
        <source>A workspace can hold at most %1 objects (cards, steps, comments and the like together); this change would make %2.</source>
        <translation>Een werkruimte kan hoogstens %1 objecten bevatten (kaarten, stappen, opmerkingen en dergelijke samen); met deze wijziging zouden het er %2 worden.</translation>
    </message>
    <message>
        <source>A journey can hold at most %1 cards; this one already holds %2, and %3 more would not fit.</source>
        <translation>Een klantreis kan hoogstens %1 kaarten bevatten; deze heeft er al %2, en %3 meer passen er niet bij.</translation>
    </message>
    <message>
        <source>A journey can hold at most %1 cards; %2 cannot be pasted.</source>
        <translation>Een klantreis kan hoogstens %1 kaarten bevatten; %2 kunnen niet worden geplakt.</translation>
    </message>
    <message>
        <source>A text cannot hold control characters.</source>
        <translation>Een tekst kan geen stuurtekens bevatten.</translation>
    </message>
    <message>
        <source>A journey can hold at most %1 steps.</source>
        <translation>Een klantreis kan hoogstens %1 stappen bevatten.</translation>
    </message>
    <message>
        <source>A journey can hold at most %1 lanes.</source>
        <translation>Een klantreis kan hoogstens %1 banen bevatten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (ISO 8601).</source>
        <translation>&quot;%1&quot; is geen datum en tijd (ISO 8601).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be empty.</source>
        <translation>&quot;%1&quot; mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; changes only through a review decision or the comment&apos;s own commands.</source>
        <translation>Het veld &quot;%1&quot; verandert alleen door een besluit of door de eigen opdrachten van de opmerking.</translation>
    </message>
    <message>
        <source>A comment needs a text.</source>
        <translation>Een opmerking heeft een tekst nodig.</translation>
    </message>
    <message>
        <source>A reply needs a text.</source>
        <translation>Een antwoord heeft een tekst nodig.</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>Opmerking beantwoorden</translation>
    </message>
    <message>
        <source>Only %1 can change this comment.</source>
        <translation>Alleen %1 kan deze opmerking wijzigen.</translation>
    </message>
    <message>
        <source>A comment needs a text; remove it instead.</source>
        <translation>Een opmerking heeft een tekst nodig; verwijder haar liever.</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Opmerking wijzigen</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Opmerking afhandelen</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Opmerking heropenen</translation>
    </message>
    <message>
        <source>Only %1 can remove this comment.</source>
        <translation>Alleen %1 kan deze opmerking verwijderen.</translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; cannot be read: %2</source>
        <translation>De versie &quot;%1&quot; is niet te lezen: %2</translation>
    </message>
    <message>
        <source>Restore version &quot;%1&quot;</source>
        <translation>Versie &quot;%1&quot; terugzetten</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; changes only through the session&apos;s own commands.</source>
        <translation>Het veld &quot;%1&quot; verandert alleen via de opdrachten van de sessie zelf.</translation>
    </message>
    <message>
        <source>Add card &apos;%1&apos;</source>
        <translation>Kaart &apos;%1&apos; toevoegen</translation>
    </message>
    <message>
        <source>There is no such session.</source>
        <translation>Die sessie bestaat niet.</translation>
    </message>
    <message>
        <source>The session has ended already.</source>
        <translation>De sessie is al afgelopen.</translation>
    </message>
    <message>
        <source>The session has ended; its lock cannot change.</source>
        <translation>De sessie is afgelopen; haar vergrendeling verandert niet meer.</translation>
    </message>
    <message>
        <source>Lock structure</source>
        <translation>Structuur vergrendelen</translation>
    </message>
    <message>
        <source>Unlock structure</source>
        <translation>Structuur ontgrendelen</translation>
    </message>
    <message>
        <source>A participant needs a name or a label.</source>
        <translation>Een deelnemer heeft een naam of label nodig.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>Add %1 participants</source>
        <translation>%1 deelnemers toevoegen</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>Die deelnemer bestaat niet.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>A vote round needs a title: the question the room votes on.</source>
        <translation>Een stemronde heeft een titel nodig: de vraag waarover de zaal stemt.</translation>
    </message>
    <message>
        <source>The most dots on one card (%1) cannot be more than the dots each participant has (%2).</source>
        <translation>Het hoogste aantal stippen op één kaart (%1) kan niet groter zijn dan het aantal stippen per deelnemer (%2).</translation>
    </message>
    <message>
        <source>The round counts the cards of a stage of this journey; choose one.</source>
        <translation>De ronde telt de kaarten van een fase van deze klantreis; kies er een.</translation>
    </message>
    <message>
        <source>The round counts the cards of a lane of this journey; choose one.</source>
        <translation>De ronde telt de kaarten van een baan van deze klantreis; kies er een.</translation>
    </message>
    <message>
        <source>Add vote round &quot;%1&quot;</source>
        <translation>Stemronde &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>There is no such vote round.</source>
        <translation>Die stemronde bestaat niet.</translation>
    </message>
    <message>
        <source>Remove vote round</source>
        <translation>Stemronde verwijderen</translation>
    </message>
    <message>
        <source>This card does not count in the round &quot;%1&quot;.</source>
        <translation>Deze kaart telt niet mee in de ronde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The round &quot;%1&quot; is closed; reopen it to change its votes.</source>
        <translation>De ronde &quot;%1&quot; is gesloten; heropen haar om de stemmen te wijzigen.</translation>
    </message>
    <message>
        <source>Dots cannot be fewer than none.</source>
        <translation>Minder dan nul stippen kan niet.</translation>
    </message>
    <message>
        <source>There is no such participant in this session.</source>
        <translation>Die deelnemer hoort niet bij deze sessie.</translation>
    </message>
    <message>
        <source>At most %1 dots per card in this round.</source>
        <translation>Hooguit %1 stippen per kaart in deze ronde.</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 dots left.</source>
        <translation>%1 heeft nog %2 van %3 stippen.</translation>
    </message>
    <message>
        <source>That is more hands than a room holds.</source>
        <translation>Dat zijn meer handen dan er in een zaal passen.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kaart</translation>
    </message>
    <message>
        <source>%1: %2 dots on &quot;%3&quot;</source>
        <translation>%1: %2 stippen op &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 hands for &quot;%2&quot;</source>
        <translation>%1 handen voor &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Reveal votes &quot;%1&quot;</source>
        <translation>Stemmen &quot;%1&quot; tonen</translation>
    </message>
    <message>
        <source>Hide votes &quot;%1&quot;</source>
        <translation>Stemmen &quot;%1&quot; verbergen</translation>
    </message>
    <message>
        <source>Close vote round &quot;%1&quot;</source>
        <translation>Stemronde &quot;%1&quot; sluiten</translation>
    </message>
    <message>
        <source>Reopen vote round &quot;%1&quot;</source>
        <translation>Stemronde &quot;%1&quot; heropenen</translation>
    </message>
    <message>
        <source>An agenda block needs a title.</source>
        <translation>Een agendablok heeft een titel nodig.</translation>
    </message>
    <message>
        <source>An agenda block works on a stage, step or lane of the session&apos;s journey.</source>
        <translation>Een agendablok gaat over een fase, stap of baan van de klantreis van de sessie.</translation>
    </message>
    <message>
        <source>Add agenda block &quot;%1&quot;</source>
        <translation>Agendablok &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>There is no such agenda block.</source>
        <translation>Dat agendablok bestaat niet.</translation>
    </message>
    <message>
        <source>Remove agenda block</source>
        <translation>Agendablok verwijderen</translation>
    </message>
    <message>
        <source>Move agenda block</source>
        <translation>Agendablok verplaatsen</translation>
    </message>
    <message>
        <source>Set the agenda block&apos;s focus</source>
        <translation>Focus van het agendablok instellen</translation>
    </message>
    <message>
        <source>The round counts the cards of a step of this journey; choose one.</source>
        <translation>De ronde telt de kaarten van een stap van deze klantreis; kies er een.</translation>
    </message>
    <message>
        <source>%1: 1 dot on &quot;%2&quot;</source>
        <translation>%1: 1 stip op &quot;%2&quot;</translation>
    </message>
    <message>
        <source>1 hand for &quot;%1&quot;</source>
        <translation>1 hand voor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no such finding.</source>
        <translation>Die bevinding bestaat niet.</translation>
    </message>
    <message>
        <source>Say why the finding is dismissed: a reason is required.</source>
        <translation>Zeg waarom de bevinding terzijde wordt gelegd: een reden is verplicht.</translation>
    </message>
    <message>
        <source>This finding is dismissed already.</source>
        <translation>Deze bevinding is al terzijde gelegd.</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Bevinding terzijde leggen</translation>
    </message>
    <message>
        <source>There is no such dismissed finding.</source>
        <translation>Die terzijde gelegde bevinding bestaat niet.</translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation>Bevinding terugzetten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation>&quot;%1&quot; is geen datum: schrijf die als JJJJ-MM-DD, bijvoorbeeld 2027-03-31.</translation>
    </message>
    <message>
        <source>Add demo session &quot;%1&quot;</source>
        <translation>Demosessie &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>There is no such demo session.</source>
        <translation>Die demosessie bestaat niet.</translation>
    </message>
    <message>
        <source>Edit demo session &quot;%1&quot;</source>
        <translation>Demosessie &quot;%1&quot; wijzigen</translation>
    </message>
    <message>
        <source>Remove demo session &quot;%1&quot;</source>
        <translation>Demosessie &quot;%1&quot; verwijderen</translation>
    </message>
    <message>
        <source>The card is not a pain point of the demo session&apos;s journey.</source>
        <translation>De kaart is geen knelpunt van de klantreis van de demosessie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verdict.</source>
        <translation>&quot;%1&quot; is geen oordeel.</translation>
    </message>
    <message>
        <source>Verdict on &quot;%1&quot;</source>
        <translation>Oordeel over &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no such verdict.</source>
        <translation>Dat oordeel bestaat niet.</translation>
    </message>
    <message>
        <source>Remove verdict</source>
        <translation>Oordeel verwijderen</translation>
    </message>
    <message>
        <source>There is no such writing round.</source>
        <translation>Deze schrijfronde bestaat niet.</translation>
    </message>
    <message>
        <source>The round &quot;%1&quot; is closed.</source>
        <translation>De ronde &quot;%1&quot; is gesloten.</translation>
    </message>
    <message>
        <source>A card needs a text.</source>
        <translation>Een kaart heeft een tekst nodig.</translation>
    </message>
    <message>
        <source>The journey has no step for the card to go in.</source>
        <translation>De klantreis heeft geen stap waar de kaart in kan.</translation>
    </message>
    <message>
        <source>Choose at least two cards to merge.</source>
        <translation>Kies minstens twee kaarten om samen te voegen.</translation>
    </message>
    <message>
        <source>Merge %1 cards into &apos;%2&apos;</source>
        <translation>%1 kaarten samenvoegen in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of round.</source>
        <translation>&quot;%1&quot; is geen soort ronde.</translation>
    </message>
    <message>
        <source>A writing round needs a question for the participants.</source>
        <translation>Een schrijfronde heeft een vraag voor de deelnemers nodig.</translation>
    </message>
    <message>
        <source>Open writing round &quot;%1&quot;</source>
        <translation>Schrijfronde &quot;%1&quot; openen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a writing round: it takes cards, not votes.</source>
        <translation>&quot;%1&quot; is een schrijfronde: daarin komen kaarten, geen stemmen.</translation>
    </message>
    <message>
        <source>Close writing round &quot;%1&quot;</source>
        <translation>Schrijfronde &quot;%1&quot; sluiten</translation>
    </message>
    <message>
        <source>Reopen writing round &quot;%1&quot;</source>
        <translation>Schrijfronde &quot;%1&quot; heropenen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provenance record.</source>
        <translation>&quot;%1&quot; is geen herkomstgegeven.</translation>
    </message>
    <message>
        <source>Where something was taken from is kept as it was taken.</source>
        <translation>Waar iets vandaan is overgenomen, blijft zoals het is overgenomen.</translation>
    </message>
    <message>
        <source>Choose what to take.</source>
        <translation>Kies wat u wilt overnemen.</translation>
    </message>
    <message>
        <source>There is no such journey to take the steps into.</source>
        <translation>De klantreis om de stappen in te zetten bestaat niet.</translation>
    </message>
    <message>
        <source>Choose the step the cards go into.</source>
        <translation>Kies de stap waar de kaarten in komen.</translation>
    </message>
    <message>
        <source>The source has no such persona.</source>
        <translation>De bron heeft deze persona niet.</translation>
    </message>
    <message>
        <source>The source has no such journey.</source>
        <translation>De bron heeft deze klantreis niet.</translation>
    </message>
    <message>
        <source>The source has no such step.</source>
        <translation>De bron heeft deze stap niet.</translation>
    </message>
    <message>
        <source>The source has no such card.</source>
        <translation>De bron heeft deze kaart niet.</translation>
    </message>
    <message>
        <source>There is nothing to take: the cards are in a live session&apos;s inbox.</source>
        <translation>Er is niets over te nemen: de kaarten staan in het binnengekomen-vak van een live sessie.</translation>
    </message>
    <message>
        <source>Import from workspace</source>
        <translation>Overnemen uit werkruimte</translation>
    </message>
    <message>
        <source>Take from library</source>
        <translation>Overnemen uit bibliotheek</translation>
    </message>
    <message>
        <source>There is nothing new to take: it was taken from this source before.</source>
        <translation>Er is niets nieuws over te nemen: het is al eerder uit deze bron overgenomen.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::ExportDialog</name>
    <message>
        <source>PDF poster</source>
        <translation>PDF-poster</translation>
    </message>
    <message>
        <source>SVG picture (for reports and editing)</source>
        <translation>SVG-afbeelding (voor rapporten en bewerken)</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>Consequence inventory, spreadsheet (CSV)</source>
        <translation>Consequentie-inventaris, spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Consequence inventory, Markdown</source>
        <translation>Consequentie-inventaris, Markdown</translation>
    </message>
    <message>
        <source>Consequence inventory, web page (HTML)</source>
        <translation>Consequentie-inventaris, webpagina (HTML)</translation>
    </message>
    <message>
        <source>Blueprint grid, spreadsheet (CSV)</source>
        <translation>Blueprint-raster, spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Whole workspace (JSON)</source>
        <translation>Hele werkruimte (JSON)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Klantreis</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigen formaat</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Liggend</translation>
    </message>
    <message>
        <source>Po&amp;rtrait</source>
        <translation>S&amp;taand</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>&amp;Margins</source>
        <translation>&amp;Marges</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Eén pagina</translation>
    </message>
    <message>
        <source>Tiles of A4 (office printer)</source>
        <translation>Tegels van A4 (kantoorprinter)</translation>
    </message>
    <message>
        <source>Tiles of A3</source>
        <translation>Tegels van A3</translation>
    </message>
    <message>
        <source>&amp;Print as</source>
        <translation>&amp;Afdrukken als</translation>
    </message>
    <message>
        <source>Tile &amp;overlap</source>
        <translation>&amp;Overlap van tegels</translation>
    </message>
    <message>
        <source>PDF/A-1b, for the archive</source>
        <translation>PDF/A-1b, voor het archief</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Afmeting</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolutie</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Breedte</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Be&amp;stand</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>All journeys, a file each</source>
        <translation>Alle klantreizen, elk een bestand</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle klantreizen</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Er is niets om te exporteren.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Kies een bestand om naar te exporteren.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>blauwdruk::ExportPreview</name>
    <message>
        <source>The whole workspace, for other programs and version control.</source>
        <translation>De hele werkruimte, voor andere programma&apos;s en versiebeheer.</translation>
    </message>
    <message>
        <source>A table of every card, grouped by lane and step: kind, owner, status, evidence, tags and votes.</source>
        <translation>Een tabel van elke kaart, per baan en stap: soort, eigenaar, status, onderbouwing, labels en stemmen.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>A vector picture; text stays text.</source>
        <translation>Een vectorafbeelding; tekst blijft tekst.</translation>
    </message>
    <message>
        <source>One file for each of the %1 journeys.</source>
        <translation>Eén bestand voor elk van de %1 klantreizen.</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>liggend</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>staand</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 %2, one page</source>
        <translation>%1 %2, één pagina</translation>
    </message>
    <message>
        <source>%1 %2, printed on one page of %3</source>
        <translation>%1 %2, afgedrukt op één pagina %3</translation>
    </message>
    <message>
        <source>%1 %2, printed on %3 pages of %4</source>
        <translation>%1 %2, afgedrukt op %3 pagina&apos;s %4</translation>
    </message>
    <message>
        <source>(the first of %1 journeys shown)</source>
        <translation>(de eerste van %1 klantreizen getoond)</translation>
    </message>
    <message>
        <source>Card text will be %1 pixels high, too small to read: choose a larger width or resolution.</source>
        <translation>De tekst op de kaarten wordt %1 pixels hoog, te klein om te lezen: kies een grotere breedte of resolutie.</translation>
    </message>
    <message>
        <source>Card text will print %1 pt high, too small to read: choose a larger paper, or a custom size in millimetres.</source>
        <translation>De tekst op de kaarten wordt %1 pt hoog afgedrukt, te klein om te lezen: kies een groter papierformaat of een eigen formaat in millimeters.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::FileLock</name>
    <message>
        <source>another user</source>
        <translation>een andere gebruiker</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source> (process %1)</source>
        <translation> (proces %1)</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> sinds %1</translation>
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
    <name>blauwdruk::HealthCheck</name>
    <message>
        <source>Write where the resident starts and what she wants to reach: the journey has neither a starting point nor a goal.</source>
        <translation>Schrijf waar de inwoner begint en wat zij wil bereiken: de klantreis heeft geen vertrekpunt en geen doel.</translation>
    </message>
    <message>
        <source>Write where the resident starts: the journey has no starting point.</source>
        <translation>Schrijf waar de inwoner begint: de klantreis heeft geen vertrekpunt.</translation>
    </message>
    <message>
        <source>Write what the resident wants to reach: the journey has no goal.</source>
        <translation>Schrijf wat de inwoner wil bereiken: de klantreis heeft geen doel.</translation>
    </message>
    <message>
        <source>Add the current journey of %1: without today&apos;s journey the ideal one cannot show what it improves.</source>
        <translation>Voeg de huidige klantreis van %1 toe: zonder de klantreis van nu laat de ideale niet zien wat ze verbetert.</translation>
    </message>
    <message>
        <source>Add the ideal journey of %1: today&apos;s pain points need an answer to be judged against.</source>
        <translation>Voeg de ideale klantreis van %1 toe: de knelpunten van nu hebben een antwoord nodig om aan te toetsen.</translation>
    </message>
    <message>
        <source>Add what the resident does at this step in the resident lane: a blueprint follows the resident.</source>
        <translation>Zet in de baan van de inwoner wat zij bij deze stap doet: een blauwdruk volgt de inwoner.</translation>
    </message>
    <message>
        <source>Add what happens behind the scenes for this: the step has nothing below the line of visibility.</source>
        <translation>Zet erbij wat hiervoor achter de schermen gebeurt: de stap heeft niets onder de zichtlijn.</translation>
    </message>
    <message>
        <source>Name the team that owns this: governance, measurement and agreements need an owner.</source>
        <translation>Noem het team dat hiervan eigenaar is: sturing, meting en afspraken hebben een eigenaar nodig.</translation>
    </message>
    <message>
        <source>Add an opportunity for this pain point, in this step or in its step of the ideal journey.</source>
        <translation>Voeg een kans toe voor dit knelpunt, in deze stap of in de bijbehorende stap van de ideale klantreis.</translation>
    </message>
    <message>
        <source>Add an opportunity for this pain point in its step.</source>
        <translation>Voeg in deze stap een kans toe voor dit knelpunt.</translation>
    </message>
    <message>
        <source>Give this step a step in the ideal journey that answers the pain point: it has none.</source>
        <translation>Geef deze stap een stap in de ideale klantreis die het knelpunt beantwoordt: die is er niet.</translation>
    </message>
    <message>
        <source>Answer this pain point in the ideal journey: its step there has no opportunity, and no connection leads from the pain point to one.</source>
        <translation>Beantwoord dit knelpunt in de ideale klantreis: de stap daar heeft geen kans, en geen verbinding leidt van het knelpunt naar een kans.</translation>
    </message>
    <message>
        <source>Fill this lane or remove it: it holds no card in this journey.</source>
        <translation>Vul deze baan of verwijder haar: ze heeft geen kaart in deze klantreis.</translation>
    </message>
    <message>
        <source>Mark this connection as feedback, or turn it around: it runs from a later step back to an earlier one.</source>
        <translation>Markeer deze verbinding als terugkoppeling, of draai haar om: ze loopt van een latere stap terug naar een eerdere.</translation>
    </message>
    <message>
        <source>No starting point or goal</source>
        <translation>Geen vertrekpunt of doel</translation>
    </message>
    <message>
        <source>Ideal journey without current journey</source>
        <translation>Ideale klantreis zonder huidige</translation>
    </message>
    <message>
        <source>Current journey without ideal journey</source>
        <translation>Huidige klantreis zonder ideale</translation>
    </message>
    <message>
        <source>Step without resident action</source>
        <translation>Stap zonder actie van de inwoner</translation>
    </message>
    <message>
        <source>Frontstage without support</source>
        <translation>Frontstage zonder ondersteuning</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Geen eigenaar</translation>
    </message>
    <message>
        <source>Pain point without opportunity</source>
        <translation>Knelpunt zonder kans</translation>
    </message>
    <message>
        <source>Pain point unresolved in ideal journey</source>
        <translation>Knelpunt onopgelost in ideale klantreis</translation>
    </message>
    <message>
        <source>Empty lane</source>
        <translation>Lege baan</translation>
    </message>
    <message>
        <source>Connection runs backwards</source>
        <translation>Verbinding loopt terug</translation>
    </message>
</context>
<context>
    <name>blauwdruk::HealthPanel</name>
    <message>
        <source>(untitled)</source>
        <translation>(naamloos)</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot;</source>
        <translation>Stap &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Lane &quot;%1&quot;</source>
        <translation>Baan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot;</source>
        <translation>Kaart &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot;</source>
        <translation>Verbinding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Journey &quot;%1&quot;</source>
        <translation>Klantreis &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This journey</source>
        <translation>Deze klantreis</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle klantreizen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleer</translation>
    </message>
    <message>
        <source>Show &amp;dismissed</source>
        <translation>&amp;Terzijde gelegde tonen</translation>
    </message>
    <message>
        <source>Health check findings</source>
        <translation>Bevindingen van de gezondheidscheck</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>Terzijde &amp;leggen…</translation>
    </message>
    <message>
        <source>Set the finding aside, with the reason: it stays listed, greyed</source>
        <translation>Leg de bevinding terzijde, met de reden: ze blijft grijs in de lijst staan</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Count the dismissed finding as open again</source>
        <translation>Tel de terzijde gelegde bevinding weer als open</translation>
    </message>
    <message>
        <source>Dismiss Finding</source>
        <translation>Bevinding terzijde leggen</translation>
    </message>
    <message>
        <source>%1: %2

Why does this not need fixing? The reason is kept with the file and shown beside the finding.</source>
        <translation>%1: %2

Waarom hoeft dit niet opgelost? De reden wordt in het bestand bewaard en bij de bevinding getoond.</translation>
    </message>
    <message>
        <source>Restore Finding</source>
        <translation>Bevinding terugzetten</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte open.</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Terzijde gelegd: %1</translation>
    </message>
    <message>
        <source>No findings: every check passes.</source>
        <translation>Geen bevindingen: elke controle slaagt.</translation>
    </message>
    <message>
        <source>No open findings; %1 dismissed.</source>
        <translation>Geen open bevindingen; %1 terzijde gelegd.</translation>
    </message>
    <message>
        <source>1 open finding, %1 dismissed.</source>
        <translation>1 open bevinding, %1 terzijde gelegd.</translation>
    </message>
    <message>
        <source>%1 open findings, %2 dismissed.</source>
        <translation>%1 open bevindingen, %2 terzijde gelegd.</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>%1: %2

A finding is dismissed with a reason: say why it does not need fixing.</source>
        <translation>%1: %2

Een bevinding wordt met een reden terzijde gelegd: zeg waarom ze niet opgelost hoeft.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
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
        <translation>gescheiden door komma&apos;s</translation>
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
    <message>
        <source>Pain points</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>Add pain point</source>
        <translation>Knelpunt toevoegen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Kans toevoegen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(naamloos)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>geen eigenaar</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Nieuw knelpunt</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nieuwe kans</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Vertrekpunt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Beoordelingsstatus</translation>
    </message>
    <message>
        <source>(no persona)</source>
        <translation>(geen persona)</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, door %2</translation>
    </message>
    <message>
        <source>The review status changes by a decision: see the Review menu.</source>
        <translation>De status verandert door een besluit: zie het menu Beoordeling.</translation>
    </message>
    <message>
        <source>Owner (team)</source>
        <translation>Eigenaar (team)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Demo screen</source>
        <translation>Demoscherm</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>A day, such as 2027-03-31; empty for none</source>
        <translation>Een dag, zoals 2027-03-31; leeg voor geen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: write it as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation>&quot;%1&quot; is geen dag: schrijf die als JJJJ-MM-DD, bijvoorbeeld 2027-03-31.</translation>
    </message>
    <message>
        <source>https://… or an image file, such as demo/step5.png</source>
        <translation>https://… of een afbeelding, zoals demo/stap5.png</translation>
    </message>
    <message>
        <source>Shown beside the step in View › Walkthrough: the address of the clickable demo, or an image file (relative to the workspace file)</source>
        <translation>Getoond naast de stap in Beeld › Doorloop: het adres van de klikbare demo, of een afbeelding (ten opzichte van het werkruimtebestand)</translation>
    </message>
    <message>
        <source>There is no file %1: the walkthrough cannot show it.</source>
        <translation>Het bestand %1 bestaat niet: de doorloop kan het niet tonen.</translation>
    </message>
    <message>
        <source>%1 is not an image the walkthrough can show (PNG, JPEG…).</source>
        <translation>%1 is geen afbeelding die de doorloop kan tonen (PNG, JPEG…).</translation>
    </message>
    <message>
        <source>Several sources</source>
        <translation>Meerdere bronnen</translation>
    </message>
    <message>
        <source>Copied from the file %1; its id there: %2</source>
        <translation>Gekopieerd uit het bestand %1; het id daar: %2</translation>
    </message>
    <message>
        <source>Taken from the library&apos;s published version %1; its id there: %2</source>
        <translation>Overgenomen uit gepubliceerde versie %1 in de bibliotheek; het id daar: %2</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Overgenomen uit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pijl</translation>
    </message>
    <message>
        <source>From “%1” to “%2”</source>
        <translation>Van “%1” naar “%2”</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>blauwdruk::JourneyBanner</name>
    <message>
        <source>No persona</source>
        <translation>Geen persona</translation>
    </message>
    <message>
        <source>current journey</source>
        <translation>huidige klantreis</translation>
    </message>
    <message>
        <source>ideal journey</source>
        <translation>ideale klantreis</translation>
    </message>
    <message>
        <source>Starting point: %1   →   Goal: %2</source>
        <translation>Vertrekpunt: %1   →   Doel: %2</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>nog niet ingevuld</translation>
    </message>
    <message>
        <source>Starting point: %1
Goal: %2

Edit them in the Inspector (Ctrl+I).</source>
        <translation>Vertrekpunt: %1
Doel: %2

Wijzig ze in het paneel Eigenschappen (Ctrl+I).</translation>
    </message>
    <message>
        <source>changed since approval</source>
        <translation>gewijzigd sinds vaststelling</translation>
    </message>
</context>
<context>
    <name>blauwdruk::JourneyDialog</name>
    <message>
        <source>New Journey</source>
        <translation>Nieuwe klantreis</translation>
    </message>
    <message>
        <source>(no persona)</source>
        <translation>(geen persona)</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>e.g. Samira gets all the support she is entitled to</source>
        <translation>bijv. Samira krijgt alle ondersteuning waar ze recht op heeft</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Where the resident&apos;s journey begins, e.g. Samira loses hours at work</source>
        <translation>Waar de klantreis van de inwoner begint, bijv. Samira krijgt minder uren op haar werk</translation>
    </message>
    <message>
        <source>&amp;Starting point</source>
        <translation>&amp;Vertrekpunt</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>Create Journey</source>
        <translation>Klantreis aanmaken</translation>
    </message>
</context>
<context>
    <name>blauwdruk::JourneyOverview</name>
    <message>
        <source>&amp;New Journey…</source>
        <translation>&amp;Nieuwe klantreis…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Make &amp;Ideal Version</source>
        <translation>Ideale versie &amp;maken</translation>
    </message>
    <message>
        <source>&amp;Compare Current and Ideal</source>
        <translation>Huidig en ideaal &amp;vergelijken</translation>
    </message>
    <message>
        <source>Persona / journey</source>
        <translation>Persona / klantreis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Open pain points</source>
        <translation>Open knelpunten</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Vertrekpunt</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Personas: %1 · Journeys: %2 · Cards: %3</source>
        <translation>Persona&apos;s: %1 · Klantreizen: %2 · Kaarten: %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>No journeys yet</source>
        <translation>Nog geen klantreizen</translation>
    </message>
    <message>
        <source>Without a persona</source>
        <translation>Zonder persona</translation>
    </message>
    <message>
        <source>Journeys per persona</source>
        <translation>Klantreizen per persona</translation>
    </message>
</context>
<context>
    <name>blauwdruk::LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>host=… dbname=… user=…  or  service=NAME</source>
        <translation>host=… dbname=… user=…  of  service=NAAM</translation>
    </message>
    <message>
        <source>A PostgreSQL connection string or service name; your administrator gives it (docs/library.md). Passwords are asked for, never kept.</source>
        <translation>Een PostgreSQL-verbindingstekst of servicenaam; uw beheerder geeft die (docs/library.md). Wachtwoorden worden gevraagd, nooit bewaard.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliotheek:</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Niet verbonden.</translation>
    </message>
    <message>
        <source>e.g. aanvraag brief, &quot;digitaal loket&quot;, -schuld</source>
        <translation>bijv. aanvraag brief, &quot;digitaal loket&quot;, -schuld</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Woorden:</translation>
    </message>
    <message>
        <source>Any lane</source>
        <translation>Elke baan</translation>
    </message>
    <message>
        <source>Any card kind</source>
        <translation>Elke kaartsoort</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>In:</translation>
    </message>
    <message>
        <source>Journey, step or card</source>
        <translation>Klantreis, stap of kaart</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Choose a result to see its journey.</source>
        <translation>Kies een resultaat om de klantreis te zien.</translation>
    </message>
    <message>
        <source>Preview of the published journey</source>
        <translation>Voorbeeld van de gepubliceerde klantreis</translation>
    </message>
    <message>
        <source>&amp;Take…</source>
        <translation>&amp;Overnemen…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Niet verbonden: %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Verbonden met %1 als %2.</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versie %1 (%2)</translation>
    </message>
    <message>
        <source>Card “%1” in step “%2”</source>
        <translation>Kaart “%1” in stap “%2”</translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation>Stap “%1”</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <source>1 published journey found.</source>
        <translation>1 gepubliceerde klantreis gevonden.</translation>
    </message>
    <message>
        <source>%1 published journeys found.</source>
        <translation>%1 gepubliceerde klantreizen gevonden.</translation>
    </message>
    <message>
        <source>The journey “%1” of %2 as its poster</source>
        <translation>De klantreis “%1” van %2 als poster</translation>
    </message>
    <message>
        <source>From the library: “%1” of %2, version %3, published %4</source>
        <translation>Uit de bibliotheek: “%1” van %2, versie %3, gepubliceerd %4</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Overnemen</translation>
    </message>
    <message>
        <source>Taken into your workspace from “%1” of %2.</source>
        <translation>Overgenomen in uw werkruimte uit “%1” van %2.</translation>
    </message>
    <message>
        <source>Searching the library…</source>
        <translation>Zoeken in de bibliotheek…</translation>
    </message>
    <message>
        <source>Reading the journey from the library…</source>
        <translation>De klantreis wordt uit de bibliotheek gelezen…</translation>
    </message>
</context>
<context>
    <name>blauwdruk::LiveJoinDialog</name>
    <message>
        <source>Join the Live Session</source>
        <translation>Meedoen aan de live sessie</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to take part</source>
        <translation>Scan met de camera van je telefoon om mee te doen</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>QR-code van het adres %1</translation>
    </message>
    <message>
        <source>or type: %1</source>
        <translation>of typ: %1</translation>
    </message>
    <message>
        <source>1 participant has joined</source>
        <translation>1 deelnemer doet mee</translation>
    </message>
    <message>
        <source>%1 participants have joined</source>
        <translation>%1 deelnemers doen mee</translation>
    </message>
</context>
<context>
    <name>blauwdruk::LivePanel</name>
    <message>
        <source>Participants write cards and vote from their phones&apos; browsers, on this room&apos;s network. Nothing goes through the internet and nothing is kept anywhere but in this file. Use a network you trust: the connection is not encrypted.</source>
        <translation>Deelnemers schrijven kaarten en stemmen in de browser van hun telefoon, via het netwerk in deze ruimte. Niets gaat over internet en niets wordt ergens anders bewaard dan in dit bestand. Gebruik een netwerk dat u vertrouwt: de verbinding is niet versleuteld.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netwerk:</translation>
    </message>
    <message>
        <source>&amp;Start Live Session</source>
        <translation>Live sessie &amp;starten</translation>
    </message>
    <message>
        <source>Show &amp;Join Code</source>
        <translation>&amp;Deelnamecode tonen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Question for a writing round:</source>
        <translation>&amp;Vraag voor een schrijfronde:</translation>
    </message>
    <message>
        <source>Which pain points does the resident meet here?</source>
        <translation>Welke knelpunten ervaart de inwoner hier?</translation>
    </message>
    <message>
        <source>Open &amp;Writing Round</source>
        <translation>Sch&amp;rijfronde openen</translation>
    </message>
    <message>
        <source>Open &amp;Vote Round…</source>
        <translation>St&amp;emronde openen…</translation>
    </message>
    <message>
        <source>&amp;Close Round</source>
        <translation>Ronde s&amp;luiten</translation>
    </message>
    <message>
        <source>&amp;Reveal Votes</source>
        <translation>Stemmen &amp;onthullen</translation>
    </message>
    <message>
        <source>&amp;Incoming cards:</source>
        <translation>B&amp;innengekomen kaarten:</translation>
    </message>
    <message>
        <source>Enter accepts the selected cards into the canvas&apos;s current cell, F2 edits, Delete rejects</source>
        <translation>Enter neemt de geselecteerde kaarten over in het huidige vak van het canvas, F2 bewerkt, Delete wijst af</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Overnemen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Samen&amp;voegen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <source>This computer only (%1) — for trying it out</source>
        <translation>Alleen deze computer (%1) — om uit te proberen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Open eerst een werkruimte.</translation>
    </message>
    <message>
        <source>Live Session</source>
        <translation>Live sessie</translation>
    </message>
    <message>
        <source>Open the journey the session is about first.</source>
        <translation>Open eerst de klantreis waar de sessie over gaat.</translation>
    </message>
    <message>
        <source>This computer has no network to listen on.</source>
        <translation>Deze computer heeft geen netwerk om op te luisteren.</translation>
    </message>
    <message>
        <source>The live session could not listen on %1: %2</source>
        <translation>De live sessie kon niet luisteren op %1: %2</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 deelnemer</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 deelnemers</translation>
    </message>
    <message>
        <source> · %1 cards in this round</source>
        <translation> · %1 kaarten in deze ronde</translation>
    </message>
    <message>
        <source> · %1 of %2 dots cast</source>
        <translation> · %1 van %2 stippen gezet</translation>
    </message>
    <message>
        <source>No round is open. Write a question and open a writing round, or open a vote round.</source>
        <translation>Er is geen ronde open. Schrijf een vraag en open een schrijfronde, of open een stemronde.</translation>
    </message>
    <message>
        <source>Vote round: %1</source>
        <translation>Stemronde: %1</translation>
    </message>
    <message>
        <source>Writing round: %1</source>
        <translation>Schrijfronde: %1</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (gesloten)</translation>
    </message>
    <message>
        <source> (revealed)</source>
        <translation> (onthuld)</translation>
    </message>
    <message>
        <source>From %1, in answer to: %2</source>
        <translation>Van %1, als antwoord op: %2</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>een deelnemer</translation>
    </message>
    <message>
        <source>Select the cards to accept in the list first.</source>
        <translation>Selecteer eerst in de lijst welke kaarten u overneemt.</translation>
    </message>
    <message>
        <source>Choose the cell on the canvas where the cards go (click it, or move there with the arrow keys), then accept.</source>
        <translation>Kies het vak op het canvas waar de kaarten heen gaan (klik erop, of ga erheen met de pijltjestoetsen), en neem dan over.</translation>
    </message>
    <message>
        <source>1 card accepted into %1.</source>
        <translation>1 kaart overgenomen in %1.</translation>
    </message>
    <message>
        <source>%1 cards accepted into %2.</source>
        <translation>%1 kaarten overgenomen in %2.</translation>
    </message>
    <message>
        <source>1 card rejected (Undo brings it back).</source>
        <translation>1 kaart afgewezen (Ongedaan maken haalt hem terug).</translation>
    </message>
    <message>
        <source>%1 cards rejected (Undo brings them back).</source>
        <translation>%1 kaarten afgewezen (Ongedaan maken haalt ze terug).</translation>
    </message>
    <message>
        <source>Select two or more cards that say the same, then merge.</source>
        <translation>Selecteer twee of meer kaarten die hetzelfde zeggen, en voeg ze dan samen.</translation>
    </message>
    <message>
        <source>%1 cards merged into one.</source>
        <translation>%1 kaarten samengevoegd tot één.</translation>
    </message>
    <message>
        <source>Write the question for the participants first.</source>
        <translation>Schrijf eerst de vraag voor de deelnemers.</translation>
    </message>
    <message>
        <source>The writing round is open on the phones.</source>
        <translation>De schrijfronde staat open op de telefoons.</translation>
    </message>
    <message>
        <source>The vote round is open on the phones.</source>
        <translation>De stemronde staat open op de telefoons.</translation>
    </message>
    <message>
        <source>New Vote Round</source>
        <translation>Nieuwe stemronde</translation>
    </message>
    <message>
        <source>The votes are revealed, on the canvas and on the phones.</source>
        <translation>De stemmen zijn onthuld, op het canvas en op de telefoons.</translation>
    </message>
    <message>
        <source>Phones join at %1</source>
        <translation>Telefoons doen mee via %1</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <source>Enter puts the selected cards in %1 · %2, the canvas&apos;s current cell; click another cell to choose.</source>
        <translation>Enter zet de geselecteerde kaarten in %1 · %2, het huidige vak van het canvas; klik op een ander vak om te kiezen.</translation>
    </message>
    <message>
        <source>Click the cell on the canvas where accepted cards go.</source>
        <translation>Klik op het vak op het canvas waar overgenomen kaarten heen gaan.</translation>
    </message>
    <message>
        <source>Cards not accepted wait in the lane &quot;%1&quot; at the bottom of the blueprint.</source>
        <translation>Kaarten die u niet overneemt, wachten in de baan &quot;%1&quot; onderaan de blauwdruk.</translation>
    </message>
    <message>
        <source>Accept incoming card</source>
        <translation>Binnengekomen kaart overnemen</translation>
    </message>
    <message>
        <source>Accept %1 incoming cards</source>
        <translation>%1 binnengekomen kaarten overnemen</translation>
    </message>
    <message>
        <source>Reject incoming card</source>
        <translation>Binnengekomen kaart afwijzen</translation>
    </message>
    <message>
        <source>Reject %1 incoming cards</source>
        <translation>%1 binnengekomen kaarten afwijzen</translation>
    </message>
    <message>
        <source>The round is closed: phones can no longer send to it.</source>
        <translation>De ronde is gesloten: telefoons kunnen er niets meer heen sturen.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::LiveSession</name>
    <message>
        <source>No round is open.</source>
        <translation>Er is geen ronde open.</translation>
    </message>
    <message>
        <source>There is no vote round to reveal.</source>
        <translation>Er is geen stemronde om te onthullen.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::MainWindow</name>
    <message>
        <source>Undo history</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geopend&gt;</translation>
    </message>
    <message>
        <source>About Blauwdruk</source>
        <translation>Over Blauwdruk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Blauwdruk %1&lt;/h3&gt;&lt;p&gt;A service blueprint editor for work sessions on personas, customer journeys and service blueprints.&lt;/p&gt;&lt;p&gt;Licensed under the EUPL-1.2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Blauwdruk %1&lt;/h3&gt;&lt;p&gt;Een editor voor service blueprints, voor werksessies over persona&apos;s, klantreizen en service blueprints.&lt;/p&gt;&lt;p&gt;Uitgegeven onder de EUPL-1.2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona&apos;s</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Vergelijking: %1</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>Gezondheidscheck</translation>
    </message>
    <message>
        <source>Work List</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <source>Live Session</source>
        <translation>Live sessie</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Open journeys</source>
        <translation>Open reizen</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Opbouw</translation>
    </message>
    <message>
        <source>Blueprint canvas</source>
        <translation>Blauwdrukcanvas</translation>
    </message>
    <message>
        <source>The overview and the personas always stay open; Ctrl+W closes the workspace.</source>
        <translation>Het overzicht en de persona&apos;s blijven altijd open; Ctrl+W sluit de werkruimte.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::NoticeBar</name>
    <message>
        <source>Save As…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>blauwdruk::OutlineModel</name>
    <message>
        <source>Stage &apos;%1&apos;</source>
        <translation>Fase &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Lane %1, step %2</source>
        <translation>Baan %1, stap %2</translation>
    </message>
    <message>
        <source>Lane %1, step %2, no cards</source>
        <translation>Baan %1, stap %2, geen kaarten</translation>
    </message>
    <message>
        <source>%1 (no cards)</source>
        <translation>%1 (geen kaarten)</translation>
    </message>
    <message>
        <source>Arrow to “%1”</source>
        <translation>Pijl naar “%1”</translation>
    </message>
    <message>
        <source>Arrow from “%1”</source>
        <translation>Pijl van “%1”</translation>
    </message>
    <message>
        <source>Arrow from &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Pijl van &apos;%1&apos; naar &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>blauwdruk::OutlineView</name>
    <message>
        <source>Blueprint outline</source>
        <translation>Opbouw van de blauwdruk</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;Card…</source>
        <translation>&amp;Kaart toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit Title…</source>
        <translation>&amp;Titel bewerken…</translation>
    </message>
    <message>
        <source>C&amp;onnect To…</source>
        <translation>Ver&amp;binden met…</translation>
    </message>
    <message>
        <source>Add Co&amp;mment…</source>
        <translation>&amp;Opmerking toevoegen…</translation>
    </message>
    <message>
        <source>Move to the &amp;Left</source>
        <translation>Naar &amp;links</translation>
    </message>
    <message>
        <source>Move to the &amp;Right</source>
        <translation>Naar &amp;rechts</translation>
    </message>
    <message>
        <source>Move &amp;Up a Lane</source>
        <translation>Een baan om&amp;hoog</translation>
    </message>
    <message>
        <source>Move Do&amp;wn a Lane</source>
        <translation>Een baan o&amp;mlaag</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Edit Title</source>
        <translation>Titel bewerken</translation>
    </message>
    <message>
        <source>Card title:</source>
        <translation>Titel van de kaart:</translation>
    </message>
    <message>
        <source>Connect To</source>
        <translation>Verbinden met</translation>
    </message>
    <message>
        <source>Draw an arrow from “%1” to:</source>
        <translation>Trek een pijl van “%1” naar:</translation>
    </message>
    <message>
        <source>Go to a card first: these keys act on the card you are on.</source>
        <translation>Ga eerst naar een kaart: deze toetsen werken op de kaart waar u op staat.</translation>
    </message>
    <message>
        <source>Go to a lane under a step (or a card in it): the new card goes there.</source>
        <translation>Ga naar een baan onder een stap (of een kaart daarin): daar komt de nieuwe kaart.</translation>
    </message>
    <message>
        <source>Go to a card or a step: the comment is on it.</source>
        <translation>Ga naar een kaart of een stap: daar komt de opmerking bij.</translation>
    </message>
    <message>
        <source>Stages, steps, lanes, cards and their arrows. Ins adds a card to a lane or a step to a stage, Shift+Ins a stage or a lane, F2 edits or renames, Del removes, Alt+arrows move, Ctrl+Shift+K connects a card, Ctrl+Alt+M comments. The context menu has them all.</source>
        <translation>Fasen, stappen, banen, kaarten en hun pijlen. Ins voegt een kaart toe aan een baan of een stap aan een fase, Shift+Ins een fase of een baan, F2 bewerkt of hernoemt, Del verwijdert, Alt+pijltjes verplaatsen, Ctrl+Shift+K verbindt een kaart, Ctrl+Alt+M plaatst een opmerking. Het contextmenu heeft ze allemaal.</translation>
    </message>
    <message>
        <source>Go to a stage (a new stage follows it) or a lane (a new lane goes below it).</source>
        <translation>Ga naar een fase (de nieuwe fase komt erna) of een baan (de nieuwe baan komt eronder).</translation>
    </message>
    <message>
        <source>A lane moves up and down (Alt+Up, Alt+Down).</source>
        <translation>Een baan gaat omhoog en omlaag (Alt+Omhoog, Alt+Omlaag).</translation>
    </message>
    <message>
        <source>Stages and steps move left and right (Alt+Left, Alt+Right).</source>
        <translation>Fasen en stappen gaan naar links en rechts (Alt+Links, Alt+Rechts).</translation>
    </message>
    <message>
        <source>Add &amp;Step…</source>
        <translation>&amp;Stap toevoegen…</translation>
    </message>
    <message>
        <source>Add St&amp;age After…</source>
        <translation>&amp;Fase erna toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <source>Move to the R&amp;ight</source>
        <translation>Naar &amp;rechts</translation>
    </message>
    <message>
        <source>Add &amp;Lane Below…</source>
        <translation>&amp;Baan eronder toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Rename Lane…</source>
        <translation>&amp;Naam van de baan wijzigen…</translation>
    </message>
    <message>
        <source>Move Lane &amp;Up</source>
        <translation>Baan om&amp;hoog</translation>
    </message>
    <message>
        <source>Move Lane Do&amp;wn</source>
        <translation>Baan o&amp;mlaag</translation>
    </message>
</context>
<context>
    <name>blauwdruk::ParticipantsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Only a name or a label is kept for each participant, no other personal data.</source>
        <translation>Van elke deelnemer wordt alleen een naam of label bewaard, geen andere persoonsgegevens.</translation>
    </message>
    <message>
        <source>Add &amp;participants:</source>
        <translation>&amp;Deelnemers toevoegen:</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Deelnemer %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 toegevoegd.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 tot en met %2 toegevoegd.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::PersonaEditor</name>
    <message>
        <source>Choose &amp;Photo…</source>
        <translation>Foto &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Remove Photo</source>
        <translation>Foto ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>&amp;Export Sheet as PDF…</source>
        <translation>E&amp;xporteren als PDF…</translation>
    </message>
    <message>
        <source>No photo: a generated avatar</source>
        <translation>Geen foto: een gegenereerde avatar</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>&amp;Leeftijd</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Huishouden</translation>
    </message>
    <message>
        <source>&amp;Income</source>
        <translation>Inko&amp;men</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citaat</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Verhaal</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <source>In&amp;formation needs</source>
        <translation>In&amp;formatiebehoefte</translation>
    </message>
    <message>
        <source>&amp;Pain points</source>
        <translation>Kn&amp;elpunten</translation>
    </message>
    <message>
        <source>&amp;Channels used</source>
        <translation>&amp;Gebruikte kanalen</translation>
    </message>
    <message>
        <source>&amp;Digital skills</source>
        <translation>Digitale v&amp;aardigheden</translation>
    </message>
    <message>
        <source>Self-&amp;reliance</source>
        <translation>&amp;Zelfredzaamheid</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>La&amp;bels</translation>
    </message>
    <message>
        <source>Personas are fictional: never enter a real resident&apos;s name, number or contact details.</source>
        <translation>Persona&apos;s zijn fictief: vul nooit de naam, het nummer of de contactgegevens van een echte inwoner in.</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Foto kiezen</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Afbeeldingen (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Photo not used</source>
        <translation>Foto niet gebruikt</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>The photo cannot be shown: it %1. The drawn avatar is shown instead; choose another photo or remove it.</source>
        <translation>De foto kan niet worden getoond: hij %1. In plaats daarvan staat de getekende avatar er; kies een andere foto of verwijder hem.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::PersonaGallery</name>
    <message>
        <source>The model residents of this workspace. Double-click one to edit it; its journeys are listed in the overview.</source>
        <translation>De modelinwoners van deze werkruimte. Dubbelklik op een persona om die te bewerken; de bijbehorende klantreizen staan in het overzicht.</translation>
    </message>
    <message>
        <source>&amp;New Persona</source>
        <translation>&amp;Nieuwe persona</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Export Sheets as PDF…</source>
        <translation>Profielen e&amp;xporteren als PDF…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nieuwe persona</translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation>Persona verwijderen</translation>
    </message>
    <message>
        <source>The journeys stay, without a persona. You can undo this.</source>
        <translation>De klantreizen blijven bestaan, zonder persona. U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>%1 is the persona of this journey:</source>
        <translation>%1 is de persona van deze klantreis:</translation>
    </message>
    <message>
        <source>%1 is the persona of these %2 journeys:</source>
        <translation>%1 is de persona van deze %2 klantreizen:</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona&apos;s</translation>
    </message>
</context>
<context>
    <name>blauwdruk::PersonaPhoto</name>
    <message>
        <source>is not a file</source>
        <translation>is geen bestand</translation>
    </message>
    <message>
        <source>is larger than %1 MB</source>
        <translation>is groter dan %1 MB</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image</source>
        <translation>is geen PNG- of JPEG-afbeelding</translation>
    </message>
    <message>
        <source>is a damaged PNG image</source>
        <translation>is een beschadigde PNG-afbeelding</translation>
    </message>
    <message>
        <source>is not an image Blauwdruk can read</source>
        <translation>is geen afbeelding die Blauwdruk kan lezen</translation>
    </message>
    <message>
        <source>is too large an image (%1 × %2 pixels)</source>
        <translation>is een te grote afbeelding (%1 × %2 pixels)</translation>
    </message>
    <message>
        <source>could not be read as an image (%1)</source>
        <translation>kon niet als afbeelding worden gelezen (%1)</translation>
    </message>
</context>
<context>
    <name>blauwdruk::PersonaSheetExporter</name>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Personas — %1</source>
        <translation>Persona&apos;s — %1</translation>
    </message>
</context>
<context>
    <name>blauwdruk::PersonaSheetPainter</name>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Verhaal</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Information needs</source>
        <translation>Informatiebehoefte</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Klantreizen</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digitale vaardigheden</translation>
    </message>
    <message>
        <source>Self-reliance</source>
        <translation>Zelfredzaamheid</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideaal</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>Fictional persona</source>
        <translation>Fictieve persona</translation>
    </message>
</context>
<context>
    <name>blauwdruk::PreferencesDialog</name>
    <message>
        <source>Your Name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Your comments and decisions are signed with your name. It is asked once; Edit › Preferences changes it.</source>
        <translation>Uw opmerkingen en besluiten worden ondertekend met uw naam. Die wordt één keer gevraagd; u wijzigt hem via Bewerken › Voorkeuren.</translation>
    </message>
    <message>
        <source>Your comments and decisions are signed with your name and role.</source>
        <translation>Uw opmerkingen en besluiten worden ondertekend met uw naam en functie.</translation>
    </message>
    <message>
        <source>e.g. Fatima de Vries</source>
        <translation>bijv. Fatima de Vries</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>e.g. policy adviser (optional)</source>
        <translation>bijv. beleidsadviseur (niet verplicht)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>&amp;Sound when the session timer reaches zero</source>
        <translation>&amp;Geluid als de sessietimer op nul staat</translation>
    </message>
    <message>
        <source>&amp;High contrast: black text, strong borders and focus</source>
        <translation>&amp;Hoog contrast: zwarte tekst, sterke randen en focus</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Blauwdruk speaks the new language from its next start.</source>
        <translation>Blauwdruk gebruikt de nieuwe taal vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Land&amp;scape</source>
        <translation>&amp;Liggend</translation>
    </message>
    <message>
        <source>P&amp;ortrait</source>
        <translation>&amp;Staand</translation>
    </message>
    <message>
        <source>&amp;Posters on</source>
        <translation>&amp;Posters op</translation>
    </message>
</context>
<context>
    <name>blauwdruk::ProjectTree</name>
    <message>
        <source>Untitled journey</source>
        <translation>Naamloze klantreis</translation>
    </message>
    <message>
        <source>Personas and journeys</source>
        <translation>Persona&apos;s en klantreizen</translation>
    </message>
    <message>
        <source>Starting point: %1</source>
        <translation>Vertrekpunt: %1</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona&apos;s</translation>
    </message>
    <message>
        <source>Journeys without persona</source>
        <translation>Klantreizen zonder persona</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideaal</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>blauwdruk::PublishDialog</name>
    <message>
        <source>Publish to Library</source>
        <translation>Publiceren in bibliotheek</translation>
    </message>
    <message>
        <source>“%1” (%2), with its persona %3.</source>
        <translation>“%1” (%2), met persona %3.</translation>
    </message>
    <message>
        <source>“%1” (%2).</source>
        <translation>“%1” (%2).</translation>
    </message>
    <message>
        <source>It is published as the organisation you log in as, for every organisation in the library to find and take. A published version is never changed; publishing this journey again adds a new version, and only your organisation can retract yours.</source>
        <translation>Hij wordt gepubliceerd als de organisatie waarmee u inlogt, zodat elke organisatie in de bibliotheek hem kan vinden en overnemen. Een gepubliceerde versie verandert nooit; deze klantreis opnieuw publiceren voegt een nieuwe versie toe, en alleen uw organisatie kan de uwe intrekken.</translation>
    </message>
    <message>
        <source>host=… dbname=… user=…  or  service=NAME</source>
        <translation>host=… dbname=… user=…  of  service=NAAM</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliotheek:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiceren</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Niet gepubliceerd: %1</translation>
    </message>
    <message>
        <source>Published as version %1 of “%2” by %3. Its id: %4</source>
        <translation>Gepubliceerd als versie %1 van “%2” door %3. Het id: %4</translation>
    </message>
    <message>
        <source>Publishing to the library…</source>
        <translation>Publiceren in de bibliotheek…</translation>
    </message>
</context>
<context>
    <name>blauwdruk::ReviewBar</name>
    <message>
        <source>Leave Review Mode</source>
        <translation>Beoordelingsmodus verlaten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review mode&lt;/b&gt;: open a journey to review it. The blueprint cannot be changed here.</source>
        <translation>&lt;b&gt;Beoordelingsmodus&lt;/b&gt;: open een klantreis om die te beoordelen. De blauwdruk kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review mode&lt;/b&gt; · %1 · status: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beoordelingsmodus&lt;/b&gt; · %1 · status: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#9a3d00&apos;&gt;Changed since approval&lt;/b&gt; (approved by %1 on %2)</source>
        <translation>&lt;b style=&apos;color:#9a3d00&apos;&gt;Gewijzigd sinds vaststelling&lt;/b&gt; (vastgesteld door %1 op %2)</translation>
    </message>
    <message>
        <source>The blueprint cannot be changed here: comment on it, and decide.</source>
        <translation>De blauwdruk kan hier niet worden gewijzigd: plaats opmerkingen en neem een besluit.</translation>
    </message>
    <message>
        <source>Last decision by %1: “%2”</source>
        <translation>Laatste besluit door %1: “%2”</translation>
    </message>
</context>
<context>
    <name>blauwdruk::ReviewReport</name>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Ter beoordeling</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Teruggestuurd</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Toegevoegd:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Verwijderd:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Gewijzigd:</translation>
    </message>
    <message>
        <source>Moved:</source>
        <translation>Verplaatst:</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>klantreis</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>step</source>
        <translation>stap</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>baan</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kaart</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>pijl</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(naamloos)</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Beoordelingsverslag: %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>This workspace has no journeys.</source>
        <translation>Deze werkruimte heeft geen klantreizen.</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Klantreis: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1, changed since approval</source>
        <translation>%1, gewijzigd sinds vaststelling</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Nog geen besluiten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by %1 on %2, hash %3</source>
        <translation>door %1 op %2, hash %3</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>Wijzigingen sinds vaststelling</translation>
    </message>
    <message>
        <source>No approval on record: there is no approved state to compare with.</source>
        <translation>Geen vaststelling vastgelegd: er is geen vastgestelde stand om mee te vergelijken.</translation>
    </message>
    <message>
        <source>The approved state cannot be read.</source>
        <translation>De vastgestelde stand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>None: the content is as it was approved.</source>
        <translation>Geen: de inhoud is zoals die is vastgesteld.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3)</source>
        <translation>%1 &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Openstaande opmerkingen</translation>
    </message>
    <message>
        <source>On card &quot;%1&quot;: %2</source>
        <translation>Bij kaart &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 (removed): %2</source>
        <translation>%1 (verwijderd): %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No open comments.</source>
        <translation>Geen openstaande opmerkingen.</translation>
    </message>
    <message>
        <source>On the journey</source>
        <translation>Bij de klantreis</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <source>On removed steps and cards</source>
        <translation>Bij verwijderde stappen en kaarten</translation>
    </message>
    <message>
        <source>Resolved comments: %1</source>
        <translation>Afgehandelde opmerkingen: %1</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, before decisions were recorded in the file: no remark or hash is on record.</source>
        <translation>%1 door %2 op %3, voordat besluiten in het bestand werden vastgelegd: er is geen toelichting of hash bekend.</translation>
    </message>
    <message>
        <source>Was and is:</source>
        <translation>Was en is:</translation>
    </message>
</context>
<context>
    <name>blauwdruk::SessionBar</name>
    <message>
        <source>The journey on the screen</source>
        <translation>De klantreis op het scherm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long the timer runs</source>
        <translation>Hoe lang de timer loopt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlaten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
</context>
<context>
    <name>blauwdruk::SessionMode</name>
    <message>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Baan: %1</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>nog %1 min</translation>
    </message>
    <message>
        <source>The agenda is empty: Session › Agenda… adds its blocks.</source>
        <translation>De agenda is leeg: Sessie › Agenda… voegt blokken toe.</translation>
    </message>
    <message>
        <source>This is the agenda&apos;s last block.</source>
        <translation>Dit is het laatste blok van de agenda.</translation>
    </message>
    <message>
        <source>This is the agenda&apos;s first block.</source>
        <translation>Dit is het eerste blok van de agenda.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::SessionStatus</name>
    <message>
        <source>read-only</source>
        <translation>alleen-lezen</translation>
    </message>
    <message>
        <source>Presenting: this file cannot be changed, so no session is recorded</source>
        <translation>Presenteren: dit bestand kan niet worden gewijzigd, dus er wordt geen sessie vastgelegd</translation>
    </message>
    <message>
        <source>Structure locked</source>
        <translation>Structuur vergrendeld</translation>
    </message>
    <message>
        <source>Lock structure</source>
        <translation>Structuur vergrendelen</translation>
    </message>
</context>
<context>
    <name>blauwdruk::SessionSummary</name>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>on the cards of kind %1</source>
        <translation>op de kaarten van soort %1</translation>
    </message>
    <message>
        <source>on all cards</source>
        <translation>op alle kaarten</translation>
    </message>
    <message>
        <source>Session summary: %1</source>
        <translation>Samenvatting werksessie: %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>No session recorded.</source>
        <translation>Geen werksessie vastgelegd.</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Klantreis: %1</translation>
    </message>
    <message>
        <source>Work session: %1</source>
        <translation>Werksessie: %1</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Begin:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Einde:</translation>
    </message>
    <message>
        <source>not yet, the session still runs</source>
        <translation>nog niet, de sessie loopt nog</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Deelnemers:</translation>
    </message>
    <message>
        <source>Added per lane</source>
        <translation>Toegevoegd per baan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>No cards added.</source>
        <translation>Geen kaarten toegevoegd.</translation>
    </message>
    <message>
        <source>Vote rounds</source>
        <translation>Stemrondes</translation>
    </message>
    <message>
        <source>No vote rounds.</source>
        <translation>Geen stemrondes.</translation>
    </message>
    <message>
        <source>%1 dots each, at most %2 on one card, %3</source>
        <translation>%1 stippen per persoon, hoogstens %2 op één kaart, %3</translation>
    </message>
    <message>
        <source>%1; not revealed in the session</source>
        <translation>%1; niet getoond in de sessie</translation>
    </message>
    <message>
        <source>No votes.</source>
        <translation>Geen stemmen.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <source>No open questions.</source>
        <translation>Geen open vragen.</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkeerplaats</translation>
    </message>
    <message>
        <source>%1 — owner: %2</source>
        <translation>%1 — eigenaar: %2</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>nog geen eigenaar</translation>
    </message>
    <message>
        <source>Nothing parked.</source>
        <translation>Niets geparkeerd.</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;</source>
        <translation>fase &quot;%1&quot;</translation>
    </message>
    <message>
        <source>step &quot;%1&quot;</source>
        <translation>stap &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lane &quot;%1&quot;</source>
        <translation>baan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>on the cards of %1</source>
        <translation>op de kaarten in %1</translation>
    </message>
    <message>
        <source>%1 by show of hands</source>
        <translation>%1 met handopsteken</translation>
    </message>
    <message>
        <source>%1 (%2 dots, %3 by show of hands)</source>
        <translation>%1 (%2 stippen, %3 met handopsteken)</translation>
    </message>
</context>
<context>
    <name>blauwdruk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>On the canvas</source>
        <translation>Op het canvas</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pijltjestoetsen</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Shift+pijltjestoetsen</translation>
    </message>
    <message>
        <source>Step through the cards of the cell</source>
        <translation>Door de kaarten van de cel lopen</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Omhoog, Alt+Omlaag</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>De selectie opheffen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Menu for the selection or the cell</source>
        <translation>Menu voor de selectie of de cel</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menutoets, Shift+F10</translation>
    </message>
    <message>
        <source>Zoom around the mouse pointer</source>
        <translation>Zoomen rond de muisaanwijzer</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+scrollwiel</translation>
    </message>
    <message>
        <source>Move the view</source>
        <translation>Het beeld verschuiven</translation>
    </message>
    <message>
        <source>Space+Drag, middle mouse button</source>
        <translation>Spatie+slepen, middelste muisknop</translation>
    </message>
    <message>
        <source>Move to the next cell and select its first card</source>
        <translation>Naar de volgende cel en de eerste kaart ervan selecteren</translation>
    </message>
    <message>
        <source>Add the next cell&apos;s first card to the selection</source>
        <translation>De eerste kaart van de volgende cel aan de selectie toevoegen</translation>
    </message>
    <message>
        <source>Add a card, or rename a card or header</source>
        <translation>Een kaart toevoegen, of een kaart of kop hernoemen</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Dubbelklikken</translation>
    </message>
    <message>
        <source>Select several cards</source>
        <translation>Meerdere kaarten selecteren</translation>
    </message>
    <message>
        <source>Ctrl+click, or drag a rectangle</source>
        <translation>Ctrl+klikken, of een rechthoek slepen</translation>
    </message>
    <message>
        <source>Move cards, stages, steps or lanes</source>
        <translation>Kaarten, fasen, stappen of banen verplaatsen</translation>
    </message>
    <message>
        <source>Drag them</source>
        <translation>Ze slepen</translation>
    </message>
    <message>
        <source>Connect two cards</source>
        <translation>Twee kaarten verbinden</translation>
    </message>
    <message>
        <source>Drag from the selected card&apos;s dot</source>
        <translation>Slepen vanaf het bolletje van de geselecteerde kaart</translation>
    </message>
    <message>
        <source>Edit the selected card; in an empty cell, add one</source>
        <translation>De geselecteerde kaart bewerken; in een lege cel er een toevoegen</translation>
    </message>
    <message>
        <source>Add one more card to a cell that has cards</source>
        <translation>Nog een kaart toevoegen aan een cel die al kaarten heeft</translation>
    </message>
    <message>
        <source>Insert, Ctrl+Enter</source>
        <translation>Insert, Ctrl+Enter</translation>
    </message>
    <message>
        <source>Quick capture: type to start a card in the current cell, Enter adds it and opens the next</source>
        <translation>Snelle invoer: typ om een kaart te beginnen in de huidige cel, Enter voegt hem toe en opent de volgende</translation>
    </message>
    <message>
        <source>Letters, Enter</source>
        <translation>Letters, Enter</translation>
    </message>
    <message>
        <source>Quick capture: a pain point, an opportunity or a question</source>
        <translation>Snelle invoer: een knelpunt, een kans of een vraag</translation>
    </message>
    <message>
        <source>! or + or ? first</source>
        <translation>! of + of ? vooraan</translation>
    </message>
    <message>
        <source>Quick capture: add the card and go to the next or previous cell</source>
        <translation>Snelle invoer: de kaart toevoegen en naar de volgende of vorige cel gaan</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Entering votes: give the selected card that many of the participant&apos;s dots</source>
        <translation>Stemmen invoeren: de geselecteerde kaart zoveel stippen van de deelnemer geven</translation>
    </message>
    <message>
        <source>0 to 9</source>
        <translation>0 tot en met 9</translation>
    </message>
    <message>
        <source>Entering votes: the next or previous participant, then the show of hands</source>
        <translation>Stemmen invoeren: de volgende of vorige deelnemer, daarna handopsteken</translation>
    </message>
    <message>
        <source>Show of hands: count the number of hands typed</source>
        <translation>Handopsteken: het getypte aantal handen tellen</translation>
    </message>
    <message>
        <source>In the outline (View › Outline)</source>
        <translation>In de opbouw (Beeld › Opbouw)</translation>
    </message>
    <message>
        <source>Add a card to the lane, or right after the card</source>
        <translation>Een kaart toevoegen aan de baan, of direct na de kaart</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Edit the card&apos;s title</source>
        <translation>De titel van de kaart wijzigen</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Delete the card</source>
        <translation>De kaart verwijderen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the card to the step before or after</source>
        <translation>De kaart naar de stap ervoor of erna verplaatsen</translation>
    </message>
    <message>
        <source>Alt+Left, Alt+Right</source>
        <translation>Alt+Links, Alt+Rechts</translation>
    </message>
    <message>
        <source>Move the card to the lane above or below</source>
        <translation>De kaart naar de baan erboven of eronder verplaatsen</translation>
    </message>
    <message>
        <source>Connect the card to another, chosen by title</source>
        <translation>De kaart verbinden met een andere, gekozen op titel</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Comment on the card or the step</source>
        <translation>Een opmerking plaatsen bij de kaart of de stap</translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation>Ctrl+Alt+M</translation>
    </message>
    <message>
        <source>Menu for the row</source>
        <translation>Menu voor de regel</translation>
    </message>
    <message>
        <source>On a stage or step: add a step</source>
        <translation>Op een fase of stap: voeg een stap toe</translation>
    </message>
    <message>
        <source>On a stage or lane: add a stage after it, or a lane below it</source>
        <translation>Op een fase of baan: voeg er een fase na of een baan onder toe</translation>
    </message>
    <message>
        <source>Shift+Insert</source>
        <translation>Shift+Insert</translation>
    </message>
    <message>
        <source>On a stage, step or lane: rename it</source>
        <translation>Op een fase, stap of baan: wijzig de naam</translation>
    </message>
    <message>
        <source>On a stage, step, lane or arrow: delete it</source>
        <translation>Op een fase, stap, baan of pijl: verwijder hem</translation>
    </message>
    <message>
        <source>Move the stage or step left or right, the lane up or down</source>
        <translation>Verplaats de fase of stap naar links of rechts, de baan omhoog of omlaag</translation>
    </message>
    <message>
        <source>Alt+arrows</source>
        <translation>Alt+pijltjes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>blauwdruk::SourcePicker</name>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>What to take</source>
        <translation>Wat overnemen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Personas, journeys, steps and cards to take</source>
        <translation>Persona&apos;s, klantreizen, stappen en kaarten om over te nemen</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona&apos;s</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Klantreizen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 persona</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 personas</source>
        <translation>%1 persona&apos;s</translation>
    </message>
    <message>
        <source>1 journey</source>
        <translation>1 klantreis</translation>
    </message>
    <message>
        <source>%1 journeys</source>
        <translation>%1 klantreizen</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 stap</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 stappen</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 kaart</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 kaarten</translation>
    </message>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Nog niets aangevinkt</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>overgenomen %1</translation>
    </message>
    <message>
        <source>Taken from this source before, on %1. Taking it again makes a second copy (a persona is used again, not copied).</source>
        <translation>Eerder uit deze bron overgenomen, op %1. Opnieuw overnemen maakt een tweede kopie (een persona wordt opnieuw gebruikt, niet gekopieerd).</translation>
    </message>
</context>
<context>
    <name>blauwdruk::SvgNames</name>
    <message>
        <source>untitled</source>
        <translation>naamloos</translation>
    </message>
    <message>
        <source>Untitled card, lane %1, step %2 of %3, %4</source>
        <translation>Naamloze kaart, baan %1, stap %2 van %3, %4</translation>
    </message>
    <message>
        <source>Card &apos;%1&apos;, lane %2, step %3 of %4, %5</source>
        <translation>Kaart &apos;%1&apos;, baan %2, stap %3 van %4, %5</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3</source>
        <translation>Fase %1 van %2: %3</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Baan %1</translation>
    </message>
</context>
<context>
    <name>blauwdruk::TakeDialog</name>
    <message>
        <source>Tick what to take. A ticked journey comes whole with its persona; steps come with their cards. Everything is copied with new ids and remembers where it came from.</source>
        <translation>Vink aan wat u wilt overnemen. Een aangevinkte klantreis komt helemaal mee, met de persona; stappen komen met hun kaarten. Alles wordt gekopieerd met nieuwe id&apos;s en onthoudt waar het vandaan komt.</translation>
    </message>
    <message>
        <source>A new journey like theirs</source>
        <translation>Een nieuwe klantreis zoals de hunne</translation>
    </message>
    <message>
        <source>Steps go &amp;into:</source>
        <translation>Stappen &amp;komen in:</translation>
    </message>
    <message>
        <source>Single cards go into &amp;step:</source>
        <translation>Losse kaarten komen in &amp;stap:</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(stap zonder titel)</translation>
    </message>
    <message>
        <source>Single cards go into a step here: choose a journey that has steps.</source>
        <translation>Losse kaarten komen in een stap hier: kies een klantreis met stappen.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::TextLimit</name>
    <message>
        <source>A text can hold at most %1 characters; the rest was left out.</source>
        <translation>Een tekst mag hoogstens %1 tekens hebben; de rest is weggelaten.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::TitleBlock</name>
    <message>
        <source>Current journey</source>
        <translation>Huidige klantreis</translation>
    </message>
    <message>
        <source>Ideal journey</source>
        <translation>Ideale klantreis</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
</context>
<context>
    <name>blauwdruk::UndoText</name>
    <message>
        <source>workspace</source>
        <translation>werkruimte</translation>
    </message>
    <message>
        <source>workspaces</source>
        <translation>werkruimtes</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>personas</source>
        <translation>persona&apos;s</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>klantreis</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>klantreizen</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>fasen</translation>
    </message>
    <message>
        <source>step</source>
        <translation>stap</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>stappen</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>baan</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>banen</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kaart</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kaarten</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>verbinding</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>verbindingen</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>opmerkingen</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>versies</translation>
    </message>
    <message>
        <source>waiting time</source>
        <translation>wachttijd</translation>
    </message>
    <message>
        <source>review status</source>
        <translation>beoordelingsstatus</translation>
    </message>
    <message>
        <source>channels used</source>
        <translation>gebruikte kanalen</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>onderbouwing</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>labels</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>stemmen</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>kleur</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duur</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>emotie</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>moment van de waarheid</translation>
    </message>
    <message>
        <source>line above</source>
        <translation>lijn erboven</translation>
    </message>
    <message>
        <source>starting point</source>
        <translation>vertrekpunt</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>beoordelaar</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>beoordelingsdatum</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>age</source>
        <translation>leeftijd</translation>
    </message>
    <message>
        <source>household</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <source>income</source>
        <translation>inkomen</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citaat</translation>
    </message>
    <message>
        <source>story</source>
        <translation>verhaal</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>doelen</translation>
    </message>
    <message>
        <source>information needs</source>
        <translation>informatiebehoefte</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>knelpunten</translation>
    </message>
    <message>
        <source>digital skills</source>
        <translation>digitale vaardigheden</translation>
    </message>
    <message>
        <source>self-reliance</source>
        <translation>zelfredzaamheid</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>auteurs</translation>
    </message>
    <message>
        <source>Change workspace %1</source>
        <translation>%1 van werkruimte wijzigen</translation>
    </message>
    <message>
        <source>Change %1 of %2 %3</source>
        <translation>%1 van %2 %3 wijzigen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 van %2 wijzigen</translation>
    </message>
    <message>
        <source>Change %1 of %2 &apos;%3&apos;</source>
        <translation>%1 van %2 &apos;%3&apos; wijzigen</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>besluiten</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessies</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>vote round</source>
        <translation>stemronde</translation>
    </message>
    <message>
        <source>vote rounds</source>
        <translation>stemrondes</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>stem</translation>
    </message>
    <message>
        <source>agenda block</source>
        <translation>agendablok</translation>
    </message>
    <message>
        <source>agenda blocks</source>
        <translation>agendablokken</translation>
    </message>
    <message>
        <source>dismissal</source>
        <translation>terzijdelegging</translation>
    </message>
    <message>
        <source>dismissals</source>
        <translation>terzijdeleggingen</translation>
    </message>
    <message>
        <source>demo session</source>
        <translation>demosessie</translation>
    </message>
    <message>
        <source>demo sessions</source>
        <translation>demosessies</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>oordeel</translation>
    </message>
    <message>
        <source>verdicts</source>
        <translation>oordelen</translation>
    </message>
</context>
<context>
    <name>blauwdruk::VerdictsDialog</name>
    <message>
        <source>Residents&apos; Verdicts: %1</source>
        <translation>Oordeel van inwoners: %1</translation>
    </message>
    <message>
        <source>For each pain point of today&apos;s journey: does the demo solve it, in the residents&apos; words? Write who said it as a label only, such as &quot;Bewoner 2&quot;: no names or other personal data.</source>
        <translation>Per knelpunt van de huidige klantreis: lost de demo het op, in de woorden van de inwoners? Schrijf wie het zei alleen als label, zoals &quot;Bewoner 2&quot;: geen namen of andere persoonsgegevens.</translation>
    </message>
    <message>
        <source>&amp;Demo session:</source>
        <translation>&amp;Demosessie:</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nieuwe sessie…</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>What a resident said, in a few words</source>
        <translation>Wat een inwoner zei, in een paar woorden</translation>
    </message>
    <message>
        <source>Bewoner 1</source>
        <translation>Bewoner 1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Gezegd door</translation>
    </message>
    <message>
        <source>Today&apos;s journey has no pain points here to judge.</source>
        <translation>De huidige klantreis heeft hier geen knelpunten om te beoordelen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New Demo Session</source>
        <translation>Nieuwe demosessie</translation>
    </message>
    <message>
        <source>Demo with residents</source>
        <translation>Demo met inwoners</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds what looks like personal data (a phone number, an e-mail address, a BSN...). Write what was said and a label such as &quot;Bewoner 2&quot; only.</source>
        <translation>&quot;%1&quot; bevat iets dat op persoonsgegevens lijkt (een telefoonnummer, een e-mailadres, een BSN...). Schrijf alleen wat er gezegd is en een label zoals &quot;Bewoner 2&quot;.</translation>
    </message>
    <message>
        <source>New session, today (%1)</source>
        <translation>Nieuwe sessie, vandaag (%1)</translation>
    </message>
    <message>
        <source>Saving records today&apos;s demo session; New Session… gives it another date or a title.</source>
        <translation>Opslaan legt de demosessie van vandaag vast; Nieuwe sessie… geeft haar een andere datum of een titel.</translation>
    </message>
</context>
<context>
    <name>blauwdruk::VersionsDialog</name>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation>Versie &amp;opslaan…</translation>
    </message>
    <message>
        <source>Keep the workspace as it is now under a name</source>
        <translation>De werkruimte zoals die nu is onder een naam bewaren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <source>Show the selected version, read-only</source>
        <translation>De gekozen versie tonen, alleen-lezen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Make the workspace as it was in the selected version (one undo step)</source>
        <translation>De werkruimte maken zoals die in de gekozen versie was (één stap voor ongedaan maken)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Delete the selected version</source>
        <translation>De gekozen versie verwijderen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <source>Show what changed since the selected version, or between two selected versions</source>
        <translation>Tonen wat er sinds de gekozen versie veranderd is, of tussen twee gekozen versies</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte open.</translation>
    </message>
    <message>
        <source>The file is open read-only: its versions cannot be changed. To make changes, save a copy with Save As.</source>
        <translation>Het bestand is alleen-lezen geopend: de versies erin kunnen niet veranderen. Sla een kopie op met Opslaan als om wijzigingen te maken.</translation>
    </message>
    <message>
        <source>In review mode the blueprint and its versions stay as they are: leave review mode to restore or delete a version.</source>
        <translation>In beoordelingsmodus blijven de blauwdruk en de versies zoals ze zijn: verlaat de beoordelingsmodus om een versie terug te zetten of te verwijderen.</translation>
    </message>
    <message>
        <source>Cannot save a version</source>
        <translation>Kan geen versie opslaan</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Versie opslaan</translation>
    </message>
    <message>
        <source>Name of the version, for example &quot;after session 2&quot;:</source>
        <translation>Naam van de versie, bijvoorbeeld &quot;na sessie 2&quot;:</translation>
    </message>
    <message>
        <source>Cannot restore the version</source>
        <translation>Kan de versie niet terugzetten</translation>
    </message>
    <message>
        <source>Restore version?</source>
        <translation>Versie terugzetten?</translation>
    </message>
    <message>
        <source>Make the workspace as it was in &quot;%1&quot; (%2)? Journeys, personas and cards become as they were then; comments, decisions and versions stay. Undo takes it back.</source>
        <translation>De werkruimte maken zoals die in &quot;%1&quot; (%2) was? Klantreizen, persona&apos;s en kaarten worden zoals ze toen waren; opmerkingen, besluiten en versies blijven. Ongedaan maken draait het terug.</translation>
    </message>
    <message>
        <source>Cannot delete the version</source>
        <translation>Kan de versie niet verwijderen</translation>
    </message>
    <message>
        <source>Delete the version &quot;%1&quot; (%2)? Undo brings it back.</source>
        <translation>De versie &quot;%1&quot; (%2) verwijderen? Ongedaan maken haalt haar terug.</translation>
    </message>
    <message>
        <source>It keeps an approved state: without it, the changes since that approval cannot be shown.</source>
        <translation>Ze bewaart een vastgestelde stand: zonder haar zijn de wijzigingen sinds die vaststelling niet meer te tonen.</translation>
    </message>
    <message>
        <source>Delete version?</source>
        <translation>Versie verwijderen?</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Opgeslagen versies</translation>
    </message>
</context>
<context>
    <name>blauwdruk::VoteCommands</name>
    <message>
        <source>P&amp;articipants…</source>
        <translation>D&amp;eelnemers…</translation>
    </message>
    <message>
        <source>The session&apos;s participants, by label only</source>
        <translation>De deelnemers aan de sessie, alleen met een label</translation>
    </message>
    <message>
        <source>New &amp;Vote Round…</source>
        <translation>Nieuwe &amp;stemronde…</translation>
    </message>
    <message>
        <source>A round of dot voting on the journey&apos;s cards</source>
        <translation>Een ronde stippenstemmen op de kaarten van de klantreis</translation>
    </message>
    <message>
        <source>&amp;Enter Votes</source>
        <translation>Stemmen &amp;invoeren</translation>
    </message>
    <message>
        <source>Type each participant&apos;s dots on the selected card; Tab for the next participant</source>
        <translation>Typ de stippen van elke deelnemer op de geselecteerde kaart; Tab voor de volgende deelnemer</translation>
    </message>
    <message>
        <source>Re&amp;veal Votes</source>
        <translation>Stemmen &amp;tonen</translation>
    </message>
    <message>
        <source>Show the round&apos;s totals on the cards</source>
        <translation>Toon de totalen van de ronde op de kaarten</translation>
    </message>
    <message>
        <source>Close &amp;Round</source>
        <translation>Ronde &amp;sluiten</translation>
    </message>
    <message>
        <source>No more votes in the current round</source>
        <translation>Geen stemmen meer in de huidige ronde</translation>
    </message>
    <message>
        <source>Sort by V&amp;otes</source>
        <translation>Sorteren op st&amp;emmen</translation>
    </message>
    <message>
        <source>The round&apos;s cards, most votes first</source>
        <translation>De kaarten van de ronde, meeste stemmen eerst</translation>
    </message>
    <message>
        <source>Re&amp;move Round…</source>
        <translation>Ronde &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Remove the current round with its votes</source>
        <translation>Verwijder de huidige ronde met haar stemmen</translation>
    </message>
    <message>
        <source>Open a journey&apos;s blueprint first.</source>
        <translation>Open eerst de blauwdruk van een klantreis.</translation>
    </message>
    <message>
        <source>New Vote Round</source>
        <translation>Nieuwe stemronde</translation>
    </message>
    <message>
        <source>Reveal the votes first (%1)</source>
        <translation>Toon eerst de stemmen (%1)</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Nog geen stemmen</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Remove Round</source>
        <translation>Ronde verwijderen</translation>
    </message>
    <message>
        <source>Remove the round &quot;%1&quot; with its votes?</source>
        <translation>De ronde &quot;%1&quot; met haar stemmen verwijderen?</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Stemmen: %1</translation>
    </message>
    <message>
        <source>&amp;Dot Voting</source>
        <translation>Stemmen met &amp;stippen</translation>
    </message>
</context>
<context>
    <name>blauwdruk::VoteRoundDialog</name>
    <message>
        <source>New Vote Round</source>
        <translation>Nieuwe stemronde</translation>
    </message>
    <message>
        <source>The question the room votes on</source>
        <translation>De vraag waarover de zaal stemt</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Alle kaarten</translation>
    </message>
    <message>
        <source>The cards of a stage</source>
        <translation>De kaarten van een fase</translation>
    </message>
    <message>
        <source>The cards of a lane</source>
        <translation>De kaarten van een baan</translation>
    </message>
    <message>
        <source>The cards of a kind</source>
        <translation>De kaarten van een soort</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>&amp;Dots per participant:</source>
        <translation>&amp;Stippen per deelnemer:</translation>
    </message>
    <message>
        <source>&amp;Most dots on one card:</source>
        <translation>&amp;Meeste stippen op één kaart:</translation>
    </message>
    <message>
        <source>Cards that &amp;count:</source>
        <translation>Kaarten die &amp;tellen:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Welke:</translation>
    </message>
    <message>
        <source>The cards of a step</source>
        <translation>De kaarten van een stap</translation>
    </message>
</context>
<context>
    <name>blauwdruk::WalkthroughView</name>
    <message>
        <source>very unhappy</source>
        <translation>heel ongelukkig</translation>
    </message>
    <message>
        <source>unhappy</source>
        <translation>ongelukkig</translation>
    </message>
    <message>
        <source>happy</source>
        <translation>blij</translation>
    </message>
    <message>
        <source>very happy</source>
        <translation>heel blij</translation>
    </message>
    <message>
        <source>neither happy nor unhappy</source>
        <translation>niet blij en niet ongelukkig</translation>
    </message>
    <message>
        <source>Walkthrough: %1</source>
        <translation>Doorloop: %1</translation>
    </message>
    <message>
        <source>→ or Space: next step · ←: back · B: behind the scenes · O: open the demo · V: residents&apos; verdicts · Esc: end the walkthrough</source>
        <translation>→ of spatie: volgende stap · ←: terug · B: achter de schermen · O: demo openen · V: oordeel van inwoners · Esc: doorloop beëindigen</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:#57606A&quot;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:#57606A&quot;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>the resident</source>
        <translation>de inwoner</translation>
    </message>
    <message>
        <source>This journey has no steps yet.</source>
        <translation>Deze klantreis heeft nog geen stappen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · step %3 of %4%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · stap %3 van %4%5</translation>
    </message>
    <message>
        <source>What %1 does</source>
        <translation>Wat %1 doet</translation>
    </message>
    <message>
        <source>What %1 sees</source>
        <translation>Wat %1 ziet</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>How %1 feels</source>
        <translation>Hoe %1 zich voelt</translation>
    </message>
    <message>
        <source>Behind the scenes</source>
        <translation>Achter de schermen</translation>
    </message>
    <message>
        <source>Nothing is written down behind the scenes here.</source>
        <translation>Hier staat niets achter de schermen beschreven.</translation>
    </message>
    <message>
        <source>Today this is hard: does the demo solve it?</source>
        <translation>Nu is dit lastig: lost de demo het op?</translation>
    </message>
    <message>
        <source>No demo screen for this step.</source>
        <translation>Geen demoscherm bij deze stap.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The demo of this step:&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p style=&quot;color:#57606A&quot;&gt;Press O to open it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De demo van deze stap:&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p style=&quot;color:#57606A&quot;&gt;Druk op O om hem te openen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The demo screen &quot;%1&quot; cannot be shown: %2</source>
        <translation>Het demoscherm &quot;%1&quot; kan niet worden getoond: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>dat bestand bestaat niet</translation>
    </message>
</context>
<context>
    <name>blauwdruk::WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Start a new, empty workspace</source>
        <translation>Een nieuwe, lege werkruimte beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Een werkruimtebestand openen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Save the workspace in a file of your choice</source>
        <translation>De werkruimte opslaan in een bestand naar keuze</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the journey as a poster, picture or table</source>
        <translation>De reis exporteren als poster, afbeelding of tabel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close the workspace</source>
        <translation>De werkruimte sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Afsl&amp;uiten</translation>
    </message>
    <message>
        <source>Close Blauwdruk</source>
        <translation>Blauwdruk afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>De laatste wijziging terugdraaien</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>De teruggedraaide wijziging opnieuw doen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Find cards in the journey, or show only some</source>
        <translation>Kaarten zoeken in de reis, of alleen sommige tonen</translation>
    </message>
    <message>
        <source>Edit the selected cards or the current step in the inspector</source>
        <translation>De geselecteerde kaarten of de huidige stap bewerken in het eigenschappenpaneel</translation>
    </message>
    <message>
        <source>&amp;New Journey…</source>
        <translation>&amp;Nieuwe klantreis…</translation>
    </message>
    <message>
        <source>Add a current or ideal journey for a persona</source>
        <translation>Een huidige of ideale reis toevoegen voor een persona</translation>
    </message>
    <message>
        <source>Make &amp;Ideal Version</source>
        <translation>Ideale versie &amp;maken</translation>
    </message>
    <message>
        <source>Start the ideal journey as a copy of the current one</source>
        <translation>De ideale reis beginnen als kopie van de huidige</translation>
    </message>
    <message>
        <source>&amp;Compare Current and Ideal</source>
        <translation>Huidig en ideaal &amp;vergelijken</translation>
    </message>
    <message>
        <source>Show a persona&apos;s current and ideal journeys one above the other</source>
        <translation>De huidige en ideale reis van een persona boven elkaar tonen</translation>
    </message>
    <message>
        <source>New &amp;Persona</source>
        <translation>Nieuwe &amp;persona</translation>
    </message>
    <message>
        <source>Add a persona and fill in its form</source>
        <translation>Een persona toevoegen en het formulier invullen</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>Pe&amp;rsona&apos;s</translation>
    </message>
    <message>
        <source>Show all personas</source>
        <translation>Alle persona&apos;s tonen</translation>
    </message>
    <message>
        <source>Export Persona &amp;Sheets as PDF…</source>
        <translation>Personaprofielen e&amp;xporteren als PDF…</translation>
    </message>
    <message>
        <source>One A4 page per persona, to print</source>
        <translation>Eén A4-pagina per persona, om te printen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>List every command and its keys</source>
        <translation>Alle opdrachten met hun toetsen</translation>
    </message>
    <message>
        <source>&amp;About Blauwdruk</source>
        <translation>&amp;Over Blauwdruk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versie en licentie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <source>Every change is saved as you make it; untitled work asks where</source>
        <translation>Elke wijziging wordt meteen opgeslagen; bij naamloos werk wordt gevraagd waar</translation>
    </message>
    <message>
        <source>All changes are saved, in %1.</source>
        <translation>Alle wijzigingen zijn opgeslagen, in %1.</translation>
    </message>
    <message>
        <source>Workspace &amp;Properties…</source>
        <translation>&amp;Eigenschappen van werkruimte…</translation>
    </message>
    <message>
        <source>Edit the workspace&apos;s title, organisation, theme, description, language and authors</source>
        <translation>Titel, organisatie, thema, beschrijving, taal en auteurs van de werkruimte bewerken</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versies…</translation>
    </message>
    <message>
        <source>Save the workspace as a version, or open, restore or compare saved versions</source>
        <translation>De werkruimte als versie opslaan, of opgeslagen versies openen, terugzetten of vergelijken</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Voo&amp;rkeuren…</translation>
    </message>
    <message>
        <source>Your name and role, which sign your comments</source>
        <translation>Uw naam en functie, waarmee u uw opmerkingen ondertekent</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>Wijzigingen &amp;tonen</translation>
    </message>
    <message>
        <source>Mark what changed in the journey since it was approved, or since a version</source>
        <translation>Markeren wat er in de klantreis veranderd is sinds de vaststelling, of sinds een versie</translation>
    </message>
    <message>
        <source>View Appro&amp;ved State</source>
        <translation>&amp;Vastgestelde stand bekijken</translation>
    </message>
    <message>
        <source>Show the journey as it was approved, read-only</source>
        <translation>De klantreis tonen zoals die is vastgesteld, alleen-lezen</translation>
    </message>
    <message>
        <source>&amp;Review Mode</source>
        <translation>&amp;Beoordelingsmodus</translation>
    </message>
    <message>
        <source>Review the blueprint: comment and decide, without changing it by accident</source>
        <translation>De blauwdruk beoordelen: opmerkingen plaatsen en besluiten, zonder per ongeluk iets te wijzigen</translation>
    </message>
    <message>
        <source>&amp;Submit for Review…</source>
        <translation>&amp;Ter beoordeling aanbieden…</translation>
    </message>
    <message>
        <source>Offer the journey to the policy makers for review</source>
        <translation>De klantreis ter beoordeling aan de beleidsmakers aanbieden</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Vaststellen…</translation>
    </message>
    <message>
        <source>Approve the journey as it is now (vaststellen)</source>
        <translation>De klantreis vaststellen zoals die nu is</translation>
    </message>
    <message>
        <source>Request &amp;Changes…</source>
        <translation>&amp;Terugsturen…</translation>
    </message>
    <message>
        <source>Send the journey back, saying what should change</source>
        <translation>De klantreis terugsturen, met wat er moet veranderen</translation>
    </message>
    <message>
        <source>Back to &amp;Concept…</source>
        <translation>Terug naar &amp;concept…</translation>
    </message>
    <message>
        <source>Make the journey a concept again</source>
        <translation>De klantreis weer een concept maken</translation>
    </message>
    <message>
        <source>Open a journey in a file you may change first.</source>
        <translation>Open eerst een klantreis in een bestand dat u mag wijzigen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Session Mode</source>
        <translation>&amp;Sessiemodus</translation>
    </message>
    <message>
        <source>Full screen for a work session: large type, the focus and a timer</source>
        <translation>Volledig scherm voor een werksessie: grote letters, de focus en een timer</translation>
    </message>
    <message>
        <source>&amp;Leave Session Mode</source>
        <translation>Sessiemodus ver&amp;laten</translation>
    </message>
    <message>
        <source>Back to the window as it was before the session</source>
        <translation>Terug naar het venster zoals het voor de sessie was</translation>
    </message>
    <message>
        <source>Focus on S&amp;tep</source>
        <translation>Focus op s&amp;tap</translation>
    </message>
    <message>
        <source>Dim everything but the current step</source>
        <translation>Alles behalve de huidige stap dimmen</translation>
    </message>
    <message>
        <source>Focus on St&amp;age</source>
        <translation>Focus op f&amp;ase</translation>
    </message>
    <message>
        <source>Dim everything but the current stage</source>
        <translation>Alles behalve de huidige fase dimmen</translation>
    </message>
    <message>
        <source>Focus on La&amp;ne</source>
        <translation>Focus op &amp;baan</translation>
    </message>
    <message>
        <source>Dim everything but the current lane</source>
        <translation>Alles behalve de huidige baan dimmen</translation>
    </message>
    <message>
        <source>&amp;Clear Focus</source>
        <translation>Focus &amp;wissen</translation>
    </message>
    <message>
        <source>Show the whole journey again</source>
        <translation>De hele klantreis weer tonen</translation>
    </message>
    <message>
        <source>&amp;Next Focus</source>
        <translation>Volge&amp;nde focus</translation>
    </message>
    <message>
        <source>The next step, stage or lane along the journey</source>
        <translation>De volgende stap, fase of baan in de klantreis</translation>
    </message>
    <message>
        <source>&amp;Previous Focus</source>
        <translation>V&amp;orige focus</translation>
    </message>
    <message>
        <source>The previous step, stage or lane along the journey</source>
        <translation>De vorige stap, fase of baan in de klantreis</translation>
    </message>
    <message>
        <source>Start/&amp;Pause Timer</source>
        <translation>Timer starten/&amp;pauzeren</translation>
    </message>
    <message>
        <source>Start the countdown, or pause it</source>
        <translation>Het aftellen starten, of pauzeren</translation>
    </message>
    <message>
        <source>&amp;Reset Timer</source>
        <translation>Timer he&amp;rstellen</translation>
    </message>
    <message>
        <source>Stop the countdown and set it back to its duration</source>
        <translation>Het aftellen stoppen en terugzetten op de ingestelde duur</translation>
    </message>
    <message>
        <source>+1 Minute</source>
        <translation>+1 minuut</translation>
    </message>
    <message>
        <source>A minute more on the timer</source>
        <translation>Een minuut meer op de timer</translation>
    </message>
    <message>
        <source>−1 Minute</source>
        <translation>−1 minuut</translation>
    </message>
    <message>
        <source>A minute less on the timer</source>
        <translation>Een minuut minder op de timer</translation>
    </message>
    <message>
        <source>Timer &amp;Sound</source>
        <translation>Timer&amp;geluid</translation>
    </message>
    <message>
        <source>A short sound when the timer reaches zero</source>
        <translation>Een kort geluid als de timer op nul staat</translation>
    </message>
    <message>
        <source>&amp;End Session…</source>
        <translation>Sessie b&amp;eëindigen…</translation>
    </message>
    <message>
        <source>End the work session recorded for this journey and leave session mode</source>
        <translation>De werksessie van deze klantreis beëindigen en de sessiemodus verlaten</translation>
    </message>
    <message>
        <source>Loc&amp;k Structure</source>
        <translation>Structuur &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Keep the stages, steps and lanes as they are during the session; cards stay editable</source>
        <translation>Fasen, stappen en banen blijven zoals ze zijn tijdens de sessie; kaarten blijven bewerkbaar</translation>
    </message>
    <message>
        <source>A&amp;genda…</source>
        <translation>Agen&amp;da…</translation>
    </message>
    <message>
        <source>The session&apos;s agenda: blocks with their minutes and focus</source>
        <translation>De agenda van de sessie: blokken met hun minuten en focus</translation>
    </message>
    <message>
        <source>Ne&amp;xt Block</source>
        <translation>Volgend blo&amp;k</translation>
    </message>
    <message>
        <source>The agenda&apos;s next block: its focus, and its minutes on the timer</source>
        <translation>Het volgende blok van de agenda: de focus ervan, en de minuten op de timer</translation>
    </message>
    <message>
        <source>Pre&amp;vious Block</source>
        <translation>Vor&amp;ig blok</translation>
    </message>
    <message>
        <source>The agenda&apos;s previous block: its focus, and its minutes on the timer</source>
        <translation>Het vorige blok van de agenda: de focus ervan, en de minuten op de timer</translation>
    </message>
    <message>
        <source>Park &amp;Item</source>
        <translation>Op de parkeerplaats &amp;zetten</translation>
    </message>
    <message>
        <source>A card in the parking lot, for what is not for now; end it with @Name for who takes it up</source>
        <translation>Een kaart op de parkeerplaats, voor wat nu niet aan de orde is; eindig met @Naam voor wie het oppakt</translation>
    </message>
    <message>
        <source>&amp;Health Check</source>
        <translation>&amp;Gezondheidscheck</translation>
    </message>
    <message>
        <source>Check the blueprint before a review: what is missing, where, and what to do</source>
        <translation>Controleer de blauwdruk voor een beoordeling: wat ontbreekt, waar, en wat te doen</translation>
    </message>
    <message>
        <source>&amp;Work List</source>
        <translation>&amp;Werklijst</translation>
    </message>
    <message>
        <source>The consequences as work: each with its team, status and due date</source>
        <translation>De consequenties als werk: elk met team, status en deadline</translation>
    </message>
    <message>
        <source>&amp;Walkthrough</source>
        <translation>&amp;Doorloop</translation>
    </message>
    <message>
        <source>Play the ideal journey step by step for residents, full screen</source>
        <translation>Speel de ideale klantreis stap voor stap af voor inwoners, schermvullend</translation>
    </message>
    <message>
        <source>Residents&apos; &amp;Verdicts…</source>
        <translation>&amp;Oordeel van inwoners…</translation>
    </message>
    <message>
        <source>Record per pain point of today&apos;s journey whether the demo solves it</source>
        <translation>Leg per knelpunt van de huidige klantreis vast of de demo het oplost</translation>
    </message>
    <message>
        <source>Export &amp;Demo Findings…</source>
        <translation>&amp;Demobevindingen exporteren…</translation>
    </message>
    <message>
        <source>The residents&apos; verdicts per pain point, as PDF or Markdown</source>
        <translation>Het oordeel van inwoners per knelpunt, als PDF of Markdown</translation>
    </message>
    <message>
        <source>&amp;Live Session…</source>
        <translation>&amp;Live sessie…</translation>
    </message>
    <message>
        <source>Participants write cards and vote from their phones, on this room&apos;s network</source>
        <translation>Deelnemers schrijven kaarten en stemmen met hun telefoon, via het netwerk in deze ruimte</translation>
    </message>
    <message>
        <source>Show &amp;Join Code</source>
        <translation>&amp;Deelnamecode tonen</translation>
    </message>
    <message>
        <source>The QR code and address for phones to join, large for the projector</source>
        <translation>De QR-code en het adres waarmee telefoons meedoen, groot voor de projector</translation>
    </message>
    <message>
        <source>Stop Li&amp;ve Session</source>
        <translation>Live sessie s&amp;toppen</translation>
    </message>
    <message>
        <source>Stop listening: phones can no longer reach this computer</source>
        <translation>Stoppen met luisteren: telefoons kunnen deze computer niet meer bereiken</translation>
    </message>
    <message>
        <source>&amp;Import from Workspace…</source>
        <translation>Overnemen uit &amp;werkruimte…</translation>
    </message>
    <message>
        <source>Copy personas, journeys, steps or cards from another workspace file, with where they came from</source>
        <translation>Kopieer persona&apos;s, klantreizen, stappen of kaarten uit een ander werkruimtebestand, met waar ze vandaan komen</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>Bi&amp;bliotheek…</translation>
    </message>
    <message>
        <source>Search the library the municipalities share, and take journeys, steps or cards from it</source>
        <translation>Zoek in de bibliotheek die de gemeenten delen, en neem er klantreizen, stappen of kaarten uit over</translation>
    </message>
    <message>
        <source>&amp;Publish to Library…</source>
        <translation>&amp;Publiceren in bibliotheek…</translation>
    </message>
    <message>
        <source>Publish the journey with its persona in the library the municipalities share</source>
        <translation>Publiceer de klantreis met persona in de bibliotheek die de gemeenten delen</translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation>&amp;Tabblad sluiten</translation>
    </message>
    <message>
        <source>Close the journey, persona or comparison tab; the overview and personas stay</source>
        <translation>Sluit het tabblad van de klantreis, persona of vergelijking; het overzicht en de persona&apos;s blijven</translation>
    </message>
    <message>
        <source>Edit Pr&amp;operties</source>
        <translation>&amp;Eigenschappen bewerken</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>&amp;Volgend tabblad</translation>
    </message>
    <message>
        <source>Show the next tab, the keyboard with it</source>
        <translation>Het volgende tabblad tonen, met het toetsenbord erin</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>V&amp;orig tabblad</translation>
    </message>
    <message>
        <source>Show the tab before, the keyboard with it</source>
        <translation>Het tabblad ervoor tonen, met het toetsenbord erin</translation>
    </message>
</context>
<context>
    <name>blauwdruk::WorkListPanel</name>
    <message>
        <source>This journey</source>
        <translation>Deze klantreis</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle klantreizen</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>Soort baan</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Toon</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Groepeer op</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consequentie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Resident&apos;s need</source>
        <translation>Behoefte inwoner</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <source>E&amp;xport for Team…</source>
        <translation>E&amp;xporteren voor team…</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Elk team</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte open.</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Geen team</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(naamloos)</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>geen team</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Deadline verstreken</translation>
    </message>
    <message>
        <source>1 consequence</source>
        <translation>1 consequentie</translation>
    </message>
    <message>
        <source>%1 consequences</source>
        <translation>%1 consequenties</translation>
    </message>
    <message>
        <source>, %1 past due</source>
        <translation>, %1 over de deadline</translation>
    </message>
    <message>
        <source>No consequences match. Give cards below the line an owner (team), a status and a due date in the Inspector.</source>
        <translation>Geen consequenties gevonden. Geef kaarten onder de zichtlijn in de Inspector een eigenaar (team), een status en een deadline.</translation>
    </message>
    <message>
        <source>Choose a team first: a work list is one team&apos;s</source>
        <translation>Kies eerst een team: een werklijst is van één team</translation>
    </message>
    <message>
        <source>Save the work list of %1 as shown (its status filter too) as CSV, Markdown or HTML</source>
        <translation>Sla de werklijst van %1 op zoals getoond (ook het statusfilter) als CSV, Markdown of HTML</translation>
    </message>
</context>
<context>
    <name>blauwdruk::WorkspacePropertiesDialog</name>
    <message>
        <source>New Workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>Workspace Properties</source>
        <translation>Eigenschappen van werkruimte</translation>
    </message>
    <message>
        <source>e.g. Support for residents on a low income</source>
        <translation>bijv. Ondersteuning voor inwoners met een laag inkomen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Gemeente Utrecht, Team Werk en Inkomen</source>
        <translation>bijv. Gemeente Utrecht, Team Werk en Inkomen</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>The language of the workspace&apos;s content: the titles of new lanes, posters and persona sheets follow it</source>
        <translation>De taal van de inhoud van de werkruimte: de titels van nieuwe banen, posters en personaprofielen volgen die</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <source>One author a line</source>
        <translation>Eén auteur per regel</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>A&amp;uteurs</translation>
    </message>
    <message>
        <source>Create Workspace</source>
        <translation>Werkruimte aanmaken</translation>
    </message>
</context>
</TS>
