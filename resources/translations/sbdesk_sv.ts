<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ApartmentsPage</name>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="32" />
        <source>Apartments</source>
        <translation>Lägenheter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="38" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="97" />
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="39" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="59" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="100" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="40" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="102" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="41" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="42" />
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="43" />
        <source>Rent/month</source>
        <translation>Hyra/mån</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="44" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="106" />
        <source>Floor</source>
        <translation>Våning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="45" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="109" />
        <source>Available from</source>
        <translation>Ledig från</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="46" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="64" />
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="47" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="57" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="111" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="48" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="65" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="95" />
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="62" />
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="62" />
        <source>at least %1 rok</source>
        <translation>minst %1 rok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/apartments.py" line="69" />
        <source>%n apartment(s)</source>
        <translation><numerusform>%n lägenhet</numerusform><numerusform>%n lägenheter</numerusform></translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="87" />
        <source>New apartment</source>
        <translation>Ny lägenhet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="87" />
        <source>Apartment</source>
        <translation>Lägenhet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="96" />
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="97" />
        <source>Street and number</source>
        <translation>Gata och nummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="98" />
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="99" />
        <source>Postal town</source>
        <translation>Postort</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="103" />
        <source>Rooms (rok, kitchen not counted)</source>
        <translation>Antal rum (rok, köket räknas inte)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="104" />
        <source>Area (m²)</source>
        <translation>Yta (m²)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="105" />
        <source>Rent per month</source>
        <translation>Hyra per månad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="106" />
        <source>0 = ground floor</source>
        <translation>0 = bottenvåning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="107" />
        <source>Elevator</source>
        <translation>Hiss</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="108" />
        <source>Accessible by wheelchair</source>
        <translation>Tillgänglig med rullstol</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="110" />
        <source>Contract type</source>
        <translation>Kontraktsform</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="112" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="46" />
        <source>Welcome to sbdesk</source>
        <translation>Välkommen till sbdesk</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="55" />
        <source>There is no sbdesk database on this computer yet. Fill in the form and a new, encrypted database is created:</source>
        <translation>Det finns ingen sbdesk-databas på den här datorn ännu. Fyll i formuläret så skapas en ny, krypterad databas:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="65" />
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="67" />
        <source>First and last name</source>
        <translation>Förnamn och efternamn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="79" />
        <source>Unlock automatically with the operating system's keyring</source>
        <translation>Lås upp automatiskt med operativsystemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="83" />
        <source>Then you are not asked for the passphrase when sbdesk starts. The data is protected only by your login to the computer and its screen lock, so lock the screen whenever you leave. Leave this off if you are unsure.</source>
        <translation>Då behöver du inte ange lösenfrasen när sbdesk startar. Uppgifterna skyddas då bara av din inloggning på datorn och skärmlåset, så lås skärmen varje gång du går ifrån. Lämna rutan tom om du är osäker.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="99" />
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="101" />
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="108" />
        <source>&amp;Create database</source>
        <translation>&amp;Skapa databas</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="142" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="154" />
        <source>Type to search, e.g. Väst</source>
        <translation>Skriv för att söka, t.ex. Väst</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="167" />
        <source>Enter your name.</source>
        <translation>Fyll i ditt namn.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="171" />
        <source>Choose your municipality from the list.</source>
        <translation>Välj din kommun i listan.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="173" />
        <source>No municipality name contains “%1”.</source>
        <translation>Ingen kommun har ”%1” i namnet.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="175" />
        <source>Choose one of the municipalities in the list.</source>
        <translation>Välj en av kommunerna i listan.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="229" />
        <location filename="../../sbdesk/ui/first_start.py" line="235" />
        <source>The database was not created</source>
        <translation>Databasen skapades inte</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="237" />
        <source>The database file could not be written in the folder %1. Check that you may write there and that the disk is not full, or contact IT.</source>
        <translation>Databasfilen kunde inte skrivas i mappen %1. Kontrollera att du får skriva där och att disken inte är full, eller kontakta IT.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="248" />
        <source>Keyring not used</source>
        <translation>Nyckelringen används inte</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/first_start.py" line="249" />
        <source>Your passphrase works as usual.</source>
        <translation>Lösenfrasen fungerar som vanligt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="50" />
        <source>sbdesk – %1</source>
        <translation>sbdesk – %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="62" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="63" />
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="65" />
        <source>Close the database; the passphrase is needed to open it again</source>
        <translation>Stänger databasen; lösenfrasen behövs för att öppna den igen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="67" />
        <source>E&amp;xit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="74" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="76" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="77" />
        <source>&amp;About sbdesk</source>
        <translation>&amp;Om sbdesk</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="87" />
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="118" />
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="122" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="124" />
        <source>Create a new record on this page (Ctrl+N)</source>
        <translation>Skapa en ny post på den här sidan (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="126" />
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="128" />
        <source>Search on this page (Ctrl+F)</source>
        <translation>Sök på den här sidan (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="173" />
        <source>Unlocked with the passphrase</source>
        <translation>Upplåst med lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="174" />
        <source>Unlocked with the keyring</source>
        <translation>Upplåst med nyckelringen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="175" />
        <source>Unlocked with the recovery key</source>
        <translation>Upplåst med återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="176" />
        <source>Unlocked</source>
        <translation>Upplåst</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="197" />
        <source>Welcome, %1</source>
        <translation>Välkommen, %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="208" />
        <source>The database is encrypted and unlocked. This first version has no registers yet: cases, housing and requests are added in coming versions.

Lock sbdesk with Ctrl+L whenever you leave the computer.</source>
        <translation>Databasen är krypterad och upplåst. Den här första versionen har inga register ännu: ärenden, bostäder och förfrågningar läggs till i kommande versioner.

Lås sbdesk med Ctrl+L varje gång du lämnar datorn.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="252" />
        <source>About sbdesk</source>
        <translation>Om sbdesk</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="254" />
        <source>sbdesk %1

Housing coordination for people exposed to violence in close relationships.
Licence: EUPL-1.2</source>
        <translation>sbdesk %1

Samordning av stadigvarande boende för våldsutsatta i nära relationer.
Licens: EUPL-1.2</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="174" />
        <source>Choose a new passphrase</source>
        <translation>Välj en ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="177" />
        <source>You unlocked sbdesk with the recovery key. Choose a new passphrase now; the old one stops working. The recovery key stays the same.</source>
        <translation>Du låste upp sbdesk med återställningsnyckeln. Välj en ny lösenfras nu; den gamla slutar att fungera. Återställningsnyckeln är densamma som förut.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="186" />
        <source>&amp;Save passphrase</source>
        <translation>&amp;Spara lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="222" />
        <source>The passphrase was not changed</source>
        <translation>Lösenfrasen ändrades inte</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="109" />
        <source>Show or hide: %1</source>
        <translation>Visa eller dölj: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="129" />
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="129" />
        <source>Show</source>
        <translation>Visa</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="145" />
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="146" />
        <source>Repeat passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="149" />
        <source>&amp;Generate passphrase</source>
        <translation>&amp;Generera lösenfras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="151" />
        <source>Generate passphrase</source>
        <translation>Generera lösenfras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="154" />
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Minst %1 tecken. Några ord som inte hör ihop är lätta att minnas och svåra att gissa.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="160" />
        <source>Write the passphrase down now and keep the note somewhere safe until you know it by heart.</source>
        <translation>Skriv ner lösenfrasen nu och förvara lappen säkert tills du kan den utantill.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="178" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="182" />
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sbdesk/ui/forms/record_dialog.py" line="98" />
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/forms/record_dialog.py" line="99" />
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/forms/record_dialog.py" line="140" />
        <source>Choose one of the options in the list.</source>
        <translation>Välj ett av alternativen i listan.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/forms/record_dialog.py" line="191" />
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/forms/record_dialog.py" line="201" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/forms/record_dialog.py" line="202" />
        <source>You have changes that are not saved. Save them?</source>
        <translation>Du har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="44" />
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="48" />
        <source>Write down or print this recovery key now</source>
        <translation>Skriv ut eller skriv ner återställningsnyckeln nu</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="61" />
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="65" />
        <source>The recovery key is the only way into the database if the passphrase is forgotten. Without the passphrase or this key, nobody can open the data again – not even IT.

It is shown only this once. Print it and keep the paper somewhere safe, for example in a locked cabinet, as the municipality's IT routine says. Do not keep it with the computer.</source>
        <translation>Återställningsnyckeln är det enda sättet att komma in i databasen om lösenfrasen glöms bort. Utan lösenfrasen eller nyckeln kan ingen öppna uppgifterna igen – inte heller IT.

Nyckeln visas bara den här gången. Skriv ut den och förvara papperet på ett säkert ställe, till exempel i ett låst skåp, enligt kommunens IT-rutin. Förvara den inte tillsammans med datorn.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="73" />
        <source>I have printed or saved the recovery key in a safe place</source>
        <translation>Jag har skrivit ut eller sparat återställningsnyckeln på ett säkert ställe</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="76" />
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="81" />
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="114" />
        <source>sbdesk – recovery key</source>
        <translation>sbdesk – återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="115" />
        <source>Database file: %1</source>
        <translation>Databasfil: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="116" />
        <source>Printed: %1</source>
        <translation>Utskriven: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="118" />
        <source>With this key the database can be opened if the passphrase is forgotten. Keep this paper locked away, as the municipality's IT routine says.</source>
        <translation>Med den här nyckeln kan databasen öppnas om lösenfrasen glöms bort. Förvara papperet inlåst enligt kommunens IT-rutin.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/recovery_key.py" line="136" />
        <source>Print recovery key</source>
        <translation>Skriv ut återställningsnyckeln</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="52" />
        <source>Search… (Ctrl+F)</source>
        <translation>Sök… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="53" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="60" />
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="83" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="84" />
        <source>New record (Ctrl+N)</source>
        <translation>Ny post (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="86" />
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="87" />
        <source>Open the selected record (Enter)</source>
        <translation>Öppna den markerade posten (Enter)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="89" />
        <source>&amp;Archive</source>
        <translation>&amp;Arkivera</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="90" />
        <source>Archive the selected record (Delete)</source>
        <translation>Arkivera den markerade posten (Delete)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/registers/register_page.py" line="142" />
        <source>%n record(s)</source>
        <translation><numerusform>%n post</numerusform><numerusform>%n poster</numerusform></translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="155" />
        <source>%1: all</source>
        <translation>%1: alla</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="232" />
        <source>Bring back %1 from the archive?</source>
        <translation>Vill du ta tillbaka %1 från arkivet?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="232" />
        <source>Archive %1? It is kept but hidden from the lists.</source>
        <translation>Vill du arkivera %1? Posten sparas men visas inte längre i listorna.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="234" />
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="240" />
        <source>Not archived</source>
        <translation>Inte arkiverad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="262" />
        <source>Could not load the list</source>
        <translation>Listan kunde inte hämtas</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="33" />
        <source>sbdesk cannot open the database</source>
        <translation>sbdesk kan inte öppna databasen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="36" />
        <source>sbdesk has not changed any file and will now close.</source>
        <translation>sbdesk har inte ändrat någon fil och avslutas nu.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="50" />
        <source>Unlock sbdesk</source>
        <translation>Lås upp sbdesk</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="58" />
        <location filename="../../sbdesk/ui/unlock.py" line="111" />
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="71" />
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="99" />
        <source>Type the recovery key for %1 (32 characters, from the printed sheet).</source>
        <translation>Skriv återställningsnyckeln för %1 (32 tecken, från utskriften).</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="101" />
        <source>&amp;Recovery key:</source>
        <translation>Åte&amp;rställningsnyckel:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="102" />
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="107" />
        <source>Use the passphrase instead</source>
        <translation>Använd lösenfrasen i stället</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="109" />
        <source>Type your passphrase to unlock %1.</source>
        <translation>Skriv din lösenfras för att låsa upp %1.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="110" />
        <source>&amp;Passphrase:</source>
        <translation>Lö&amp;senfras:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="116" />
        <source>I have forgotten the passphrase – use the recovery key</source>
        <translation>Jag har glömt lösenfrasen – använd återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/unlock.py" line="140" />
        <source>The recovery key is wrong. Check each group of four characters.</source>
        <translation>Återställningsnyckeln stämmer inte. Kontrollera varje grupp om fyra tecken.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../sbdesk/ui/formatting.py" line="32" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/formatting.py" line="32" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
</TS>