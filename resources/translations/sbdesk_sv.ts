<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="160" />
        <source>sbdesk %1</source>
        <translation>sbdesk %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="162" />
        <source>Housing coordination for people exposed to violence in close relationships.</source>
        <translation>Samordning av stadigvarande boende för våldsutsatta i nära relationer.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="163" />
        <source>Licence: %1</source>
        <translation>Licens: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="165" />
        <source>Default data folder: %1</source>
        <translation>Standardmapp för data: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="169" />
        <source>Folder of the open database: %1</source>
        <translation>Mapp för den öppna databasen: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="175" />
        <source>About sbdesk</source>
        <translation>Om sbdesk</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../sbdesk/ui/forms/record_dialog.py" line="230" />
        <source>Step not possible</source>
        <translation>Steget går inte att göra</translation>
    </message>
</context>
<context>
    <name>ActivitiesPanel</name>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="117" />
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="118" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="118" />
        <source>What was done</source>
        <translation>Vad gjordes</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="118" />
        <source>Activity areas</source>
        <translation>Verksamhetsområden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="119" />
        <source>Collaboration partners</source>
        <translation>Samverkanspartner</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="119" />
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="119" />
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="123" />
        <source>&amp;New activity…</source>
        <translation>&amp;Ny aktivitet…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="124" />
        <source>&amp;Edit activity…</source>
        <translation>&amp;Ändra aktivitet…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="125" />
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="180" />
        <source>&amp;Archive</source>
        <translation>&amp;Arkivera</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="126" />
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="166" />
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="167" />
        <source>%1 hours</source>
        <translation>%1 timmar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="180" />
        <source>&amp;Restore</source>
        <translation>Åte&amp;rställ</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="211" />
        <source>Archive activity</source>
        <translation>Arkivera aktivitet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="212" />
        <source>Archive the activity? It no longer counts towards the report.</source>
        <translation>Arkivera aktiviteten? Den räknas då inte längre i återrapporteringen.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="217" />
        <source>Not changed</source>
        <translation>Inte ändrat</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="58" />
        <source>Activity areas (question 5)</source>
        <translation>Verksamhetsområden (fråga 5)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="59" />
        <source>Collaboration partners (question 6)</source>
        <translation>Samverkanspartner (fråga 6)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="63" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="64" />
        <source>What was done</source>
        <translation>Vad gjordes</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="65" />
        <source>e.g. Meeting with the housing company about set-aside apartments</source>
        <translation>t.ex. Möte med bostadsbolaget om avsatta lägenheter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="66" />
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="67" />
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="80" />
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="80" />
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_activities.py" line="82" />
        <source>Work done with the grant. Tick the areas and partners it concerns: they count towards questions 5 and 6 of the report.</source>
        <translation>Arbete som gjorts med statsbidraget. Kryssa för de områden och samverkanspartner det gäller: de räknas i frågorna 5 och 6 i återrapporteringen.</translation>
    </message>
</context>
<context>
    <name>AddConsentDialog</name>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="44" />
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="45" />
        <source>Recipient's name</source>
        <translation>Mottagarens namn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="46" />
        <source>e.g. Mälarhem Bostäder AB or Uppsala kommun</source>
        <translation>t.ex. Mälarhem Bostäder AB eller Uppsala kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="47" />
        <source>What may be shared</source>
        <translation>Vad får lämnas ut</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="48" />
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="49" />
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="51" />
        <source>New consent</source>
        <translation>Nytt samtycke</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="54" />
        <source>Consent of the household in case %1 to share information.</source>
        <translation>Hushållets samtycke i ärende %1 till att uppgifter lämnas ut.</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="106" />
        <source>Adjust the queue – %1</source>
        <translation>Justera kön – %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="110" />
        <source>Points (negative moves down)</source>
        <translation>Poäng (negativt flyttar ned)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="112" />
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="114" />
        <source>Why the household is moved (written to the log)</source>
        <translation>Varför hushållet flyttas (skrivs i loggen)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="118" />
        <source>&amp;Points (negative moves down)</source>
        <translation>&amp;Poäng (negativt flyttar ned)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="120" />
        <source>&amp;Reason</source>
        <translation>&amp;Skäl</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="126" />
        <source>%1 has %2 points now.</source>
        <translation>%1 har %2 poäng nu.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="141" />
        <source>Enter a number of points other than zero.</source>
        <translation>Ange ett antal poäng skilt från noll.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="168" />
        <source>The case no longer exists.</source>
        <translation>Ärendet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="175" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="176" />
        <source>Discard the adjustment you have written?</source>
        <translation>Vill du kasta justeringen du har skrivit?</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="153" />
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdatum kan inte vara före startdatum.</translation>
    </message>
</context>
<context>
    <name>AgreementRegister</name>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="170" />
        <source>New a&amp;greement</source>
        <translation>Nytt a&amp;vtal</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="171" />
        <source>New agreement with the selected landlord (Ctrl+N in the agreements list)</source>
        <translation>Nytt avtal med den markerade hyresvärden (Ctrl+N i avtalslistan)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="172" />
        <source>Open agreement</source>
        <translation>Öppna avtal</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="173" />
        <source>Archive agreement</source>
        <translation>Arkivera avtal</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="178" />
        <location filename="../../sbdesk/ui/pages/agreements.py" line="313" />
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="184" />
        <location filename="../../sbdesk/ui/pages/agreements.py" line="339" />
        <source>Title</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="185" />
        <location filename="../../sbdesk/ui/pages/agreements.py" line="337" />
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="186" />
        <location filename="../../sbdesk/ui/pages/agreements.py" line="207" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="187" />
        <location filename="../../sbdesk/ui/pages/agreements.py" line="341" />
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="188" />
        <location filename="../../sbdesk/ui/pages/agreements.py" line="342" />
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="189" />
        <source>Quota</source>
        <translation>Kvot</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="190" />
        <source>Used</source>
        <translation>Använt</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="191" />
        <source>Apartments let through the agreement this month</source>
        <translation>Lägenheter uthyrda genom avtalet denna månad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="193" />
        <source>Apartments let through the agreement this year</source>
        <translation>Lägenheter uthyrda genom avtalet i år</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="195" />
        <location filename="../../sbdesk/ui/pages/agreements.py" line="345" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="196" />
        <source>Rent guarantee</source>
        <translation>Hyresgaranti</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="208" />
        <source>Only active today</source>
        <translation>Endast gällande i dag</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="209" />
        <source>Only agreements in force today</source>
        <translation>Visa bara avtal som gäller i dag</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="211" />
        <source>Show all landlords' agreements</source>
        <translation>Visa alla hyresvärdars avtal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/agreements.py" line="218" />
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n avtal</numerusform>
            <numerusform>%n avtal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="232" />
        <source>%1 (ended)</source>
        <translation>%1 (har upphört)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="234" />
        <source>%1 (ends today)</source>
        <translation>%1 (upphör i dag)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/agreements.py" line="236" />
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (om %n dag)</numerusform>
            <numerusform>%1 (om %n dagar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/agreements.py" line="253" />
        <source>The agreement ends within %n day(s).</source>
        <translation>
            <numerusform>Avtalet upphör inom %n dag.</numerusform>
            <numerusform>Avtalet upphör inom %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="278" />
        <source>Agreements with %1</source>
        <translation>Avtal med %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="280" />
        <source>Agreements with all landlords</source>
        <translation>Avtal med alla hyresvärdar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="304" />
        <source>No landlord yet</source>
        <translation>Ingen hyresvärd ännu</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="305" />
        <source>Add a landlord first: every agreement belongs to a landlord.</source>
        <translation>Lägg först till en hyresvärd – varje avtal hör till en hyresvärd.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="313" />
        <source>The agreement no longer exists.</source>
        <translation>Avtalet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="317" />
        <source>%1 (archived)</source>
        <translation>%1 (arkiverad)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="324" />
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="324" />
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="338" />
        <source>Type of agreement</source>
        <translation>Avtalstyp</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="340" />
        <source>e.g. Priority quota %1</source>
        <translation>t.ex. Förturskvot %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="343" />
        <source>Number of apartments</source>
        <translation>Antal lägenheter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="344" />
        <source>How many apartments the agreement covers (per year or per month, by its type)</source>
        <translation>Hur många lägenheter avtalet omfattar (per år eller per månad, beroende på avtalstyp)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="347" />
        <source>Municipal rent guarantee</source>
        <translation>Kommunal hyresgaranti</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="348" />
        <source>Consent routine</source>
        <translation>Rutin för samtycke</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="349" />
        <source>How the person's consent is obtained before anything is shared with the landlord</source>
        <translation>Hur personens samtycke inhämtas innan något lämnas ut till hyresvärden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/agreements.py" line="350" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>ApartmentsPage</name>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="39" />
        <source>Apartments</source>
        <translation>Lägenheter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="43" />
        <source>Find &amp;households…</source>
        <translation>Hitta &amp;hushåll…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="44" />
        <source>Households this apartment fits, best first, with the reasons</source>
        <translation>Hushåll som lägenheten passar, bäst först, med skälen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="62" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="141" />
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="63" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="83" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="144" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="64" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="146" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="65" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="66" />
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="67" />
        <source>Rent/month</source>
        <translation>Hyra/mån</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="68" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="150" />
        <source>Floor</source>
        <translation>Våning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="69" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="153" />
        <source>Available from</source>
        <translation>Ledig från</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="70" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="88" />
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="71" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="81" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="155" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="72" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="89" />
        <location filename="../../sbdesk/ui/pages/apartments.py" line="139" />
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="86" />
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="86" />
        <source>at least %1 rok</source>
        <translation>minst %1 rok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/apartments.py" line="93" />
        <source>%n apartment(s)</source>
        <translation>
            <numerusform>%n lägenhet</numerusform>
            <numerusform>%n lägenheter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="111" />
        <source>New apartment</source>
        <translation>Ny lägenhet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="111" />
        <source>Apartment</source>
        <translation>Lägenhet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="140" />
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="141" />
        <source>Street and number</source>
        <translation>Gata och nummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="142" />
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="143" />
        <source>Postal town</source>
        <translation>Postort</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="147" />
        <source>Rooms (rok, kitchen not counted)</source>
        <translation>Antal rum (rok, köket räknas inte)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="148" />
        <source>Area (m²)</source>
        <translation>Yta (m²)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="149" />
        <source>Rent per month</source>
        <translation>Hyra per månad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="150" />
        <source>0 = ground floor</source>
        <translation>0 = bottenvåning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="151" />
        <source>Elevator</source>
        <translation>Hiss</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="152" />
        <source>Accessible by wheelchair</source>
        <translation>Tillgänglig med rullstol</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="154" />
        <source>Contract type</source>
        <translation>Kontraktsform</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/apartments.py" line="156" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="128" />
        <source>Excluded municipalities (spärrområden)</source>
        <translation>Spärrade kommuner (spärrområden)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="130" />
        <source>Wished municipalities</source>
        <translation>Önskade kommuner</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="165" />
        <source>Förtu&amp;r…</source>
        <translation>Förtu&amp;r…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="166" />
        <source>The household's förtur: grounds, validity, offers allowed</source>
        <translation>Hushållets förtur: grund, giltighet, antal erbjudanden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="168" />
        <source>Co&amp;nsents…</source>
        <translation>Samt&amp;ycken…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="169" />
        <source>What the household has agreed may be shared, and with whom</source>
        <translation>Vad hushållet har samtyckt till att dela, och med vem</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="171" />
        <source>Förtur &amp;certificate…</source>
        <translation>Intyg om &amp;förtur…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="172" />
        <source>Intyg om förtur / underlag till hyresvärd as a PDF letter</source>
        <translation>Intyg om förtur / underlag till hyresvärd som PDF-brev</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="204" />
        <source>Förtur valid until %1 (%2 offer(s) left)</source>
        <translation>Förtur gäller till %1 (erbjudanden kvar: %2)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="205" />
        <source>further notice</source>
        <translation>vidare</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="207" />
        <source>No valid förtur</source>
        <translation>Ingen giltig förtur</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="209" />
        <source>No förtur</source>
        <translation>Ingen förtur</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="252" />
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="254" />
        <source>Case %1 – %2</source>
        <translation>Ärende %1 – %2</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="259" />
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="259" />
        <source>Made up automatically when left empty</source>
        <translation>Skapas automatiskt om fältet lämnas tomt</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="260" />
        <source>A neutral name for lists; never derived from a real name.</source>
        <translation>Ett neutralt namn för listor; skapas aldrig ur ett riktigt namn.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="261" />
        <source>Protected personal data</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="263" />
        <source>Risk level</source>
        <translation>Risknivå</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="264" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="265" />
        <source>Current municipality</source>
        <translation>Nuvarande kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="267" />
        <source>In sheltered housing since</source>
        <translation>I skyddat boende sedan</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="268" />
        <source>In the queue since</source>
        <translation>I kön sedan</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="269" />
        <source>Needs a home by</source>
        <translation>Behöver bostad senast</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="270" />
        <source>Maximum rent per month</source>
        <translation>Högsta hyra per månad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="271" />
        <source>Needs an elevator</source>
        <translation>Behöver hiss</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="272" />
        <source>Needs the ground floor</source>
        <translation>Behöver bottenvåning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="273" />
        <source>Needs wheelchair access</source>
        <translation>Behöver rullstolsanpassning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="274" />
        <source>Excluded areas (free text)</source>
        <translation>Spärrområden (fritext)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="275" />
        <source>Districts or places the household must not live in or near.</source>
        <translation>Stadsdelar eller platser där hushållet inte får bo eller vistas nära.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="276" />
        <source>Wishes</source>
        <translation>Önskemål</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="277" />
        <source>School and preschool</source>
        <translation>Skola och förskola</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="278" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="297" />
        <source>A municipality cannot be both excluded and wished: %1</source>
        <translation>En kommun kan inte vara både spärrad och önskad: %1</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="36" />
        <source>Search reference or pseudonym… (Ctrl+F)</source>
        <translation>Sök diarienummer eller pseudonym… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="42" />
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="47" />
        <source>Reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="48" />
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="49" />
        <location filename="../../sbdesk/ui/pages/cases.py" line="79" />
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="52" />
        <location filename="../../sbdesk/ui/pages/cases.py" line="84" />
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="54" />
        <location filename="../../sbdesk/ui/pages/cases.py" line="77" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="56" />
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="57" />
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="58" />
        <source>Sheltered since</source>
        <translation>I skyddat boende sedan</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="59" />
        <source>Days waiting</source>
        <translation>Väntat (dagar)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="60" />
        <source>Counted from %1</source>
        <translation>Räknat från %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="62" />
        <source>Needed by</source>
        <translation>Behövs senast</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="63" />
        <source>Max rent</source>
        <translation>Högsta hyra</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="77" />
        <source>Not closed</source>
        <translation>Ej avslutade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="80" />
        <source>Only protected</source>
        <translation>Endast skyddade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="81" />
        <source>Only cases with protected personal data</source>
        <translation>Endast ärenden med skyddade personuppgifter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="85" />
        <source>Find an &amp;apartment…</source>
        <translation>Hitta &amp;lägenhet…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="86" />
        <source>Apartments this household fits, best first, with the reasons</source>
        <translation>Lägenheter som hushållet passar, bäst först, med skälen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/cases.py" line="102" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/cases.py" line="113" />
        <source>Could not open the case</source>
        <translation>Ärendet kunde inte öppnas</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="31" />
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="32" />
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="37" />
        <source>&amp;Change passphrase</source>
        <translation>&amp;Byt lösenfras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="41" />
        <source>Current passphrase:</source>
        <translation>Nuvarande lösenfras:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="70" />
        <source>Passphrase not changed</source>
        <translation>Lösenfrasen byttes inte</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="72" />
        <source>Passphrase changed</source>
        <translation>Lösenfrasen är bytt</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="73" />
        <source>The new passphrase opens sbdesk from now on. Backups made earlier still open with the passphrase of their day.</source>
        <translation>Den nya lösenfrasen öppnar sbdesk från och med nu. Säkerhetskopior som gjorts tidigare öppnas fortfarande med lösenfrasen som gällde då.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../sbdesk/ui/exchange_parts.py" line="61" />
        <location filename="../../sbdesk/ui/exchange_parts.py" line="71" />
        <source>One-time code</source>
        <translation>Engångskod</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_parts.py" line="62" />
        <source>Read this code aloud to %1 by phone</source>
        <translation>Läs upp koden för %1 per telefon</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_parts.py" line="74" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_parts.py" line="75" />
        <source>Copy the code; the clipboard is cleared after %1 seconds</source>
        <translation>Kopiera koden; urklipp töms efter %1 sekunder</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_parts.py" line="79" />
        <source>The file %1 is saved in %2.</source>
        <translation>Filen %1 är sparad i %2.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_parts.py" line="83" />
        <source>Send the file to %1 by any channel – e-mail, a USB stick or a file transfer service. Then call the recipient and read the code aloud, group by group.

Never send the code by e-mail or in writing together with the file: whoever has both can read it. The code is shown only now; sbdesk does not keep it. If it is lost, export the file again.</source>
        <translation>Skicka filen till %1 på valfritt sätt – e-post, USB-minne eller en filöverföringstjänst. Ring sedan mottagaren och läs upp koden, grupp för grupp.

Skicka aldrig koden med e-post eller skriftligt tillsammans med filen: den som har båda kan läsa den. Koden visas bara nu; sbdesk sparar den inte. Om den tappas bort, exportera filen igen.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_parts.py" line="89" />
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_parts.py" line="112" />
        <source>Copied. The clipboard is cleared after %1 seconds.</source>
        <translation>Kopierad. Urklipp töms efter %1 sekunder.</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="80" />
        <source>Consents – %1</source>
        <translation>Samtycken – %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="85" />
        <source>Letters to a landlord or another municipality need a valid consent for that recipient; without one sbdesk warns and logs the reason given.</source>
        <translation>Brev till en hyresvärd eller en annan kommun kräver ett giltigt samtycke för just den mottagaren. Utan samtycke varnar sbdesk och loggar det skäl som anges.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="89" />
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="89" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="89" />
        <source>What may be shared</source>
        <translation>Vad får lämnas ut</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="90" />
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="90" />
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="90" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="91" />
        <location filename="../../sbdesk/ui/consents_dialog.py" line="188" />
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="100" />
        <source>&amp;Add consent…</source>
        <translation>&amp;Lägg till samtycke…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="101" />
        <source>Record a consent the household has given</source>
        <translation>Registrera ett samtycke som hushållet har lämnat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="103" />
        <source>&amp;Withdraw…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="104" />
        <source>Record that the selected consent was withdrawn</source>
        <translation>Registrera att det markerade samtycket har återkallats</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="132" />
        <source>Valid today</source>
        <translation>Giltigt i dag</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="133" />
        <source>Withdrawn %1</source>
        <translation>Återkallat %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="134" />
        <source>Not valid</source>
        <translation>Inte giltigt</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="61" />
        <source>Back up the database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="62" />
        <location filename="../../sbdesk/ui/data_actions.py" line="108" />
        <source>sbdesk backup (*.db)</source>
        <translation>sbdesk-säkerhetskopia (*.db)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="70" />
        <source>No backup</source>
        <translation>Ingen säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="73" />
        <source>Backup written</source>
        <translation>Säkerhetskopian är skriven</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="74" />
        <source>The backup was written and checked:
%1

Keep %2 with it: it holds the keys. The passphrase and recovery key of today open it.</source>
        <translation>Säkerhetskopian skrevs och kontrollerades:
%1

Förvara %2 tillsammans med den: den innehåller nycklarna. Dagens lösenfras och återställningsnyckel öppnar den.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="91" />
        <source>Automatic backup failed</source>
        <translation>Den automatiska säkerhetskopian misslyckades</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="92" />
        <source>Today's automatic backup could not be written: %1</source>
        <translation>Dagens automatiska säkerhetskopia kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="94" />
        <source>Today's backup was written: %1</source>
        <translation>Dagens säkerhetskopia är skriven: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="96" />
        <source>Where the data is kept</source>
        <translation>Var uppgifterna förvaras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="106" />
        <source>Restore from a backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="113" />
        <location filename="../../sbdesk/ui/data_actions.py" line="120" />
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="114" />
        <source>sbdesk closes the database and replaces it with the backup %1. Everything entered after the backup was made is replaced; the current database is kept beside it as a file ending in 'före-återställning'. Continue?</source>
        <translation>sbdesk stänger databasen och ersätter den med säkerhetskopian %1. Allt som registrerats efter att kopian gjordes ersätts; den nuvarande databasen sparas bredvid som en fil som slutar på ”före-återställning”. Vill du fortsätta?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="121" />
        <source>The backup's passphrase (the one in use when it was made):</source>
        <translation>Säkerhetskopians lösenfras (den som gällde när kopian gjordes):</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="140" />
        <source>Not restored</source>
        <translation>Inte återställd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="141" />
        <source>The database is unchanged.</source>
        <translation>Databasen är oförändrad.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/data_actions.py" line="146" />
        <source>%n case(s) purged after the backup was made were purged again.</source>
        <translation>
            <numerusform>%n ärende som gallrats efter att kopian gjordes gallrades igen.</numerusform>
            <numerusform>%n ärenden som gallrats efter att kopian gjordes gallrades igen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="148" />
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/data_actions.py" line="143" />
        <source>The database was restored from %1. The previous one is kept as %2.</source>
        <translation>Databasen återställdes från %1. Den tidigare finns kvar som %2.</translation>
    </message>
</context>
<context>
    <name>DeclineOfferDialog</name>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="82" />
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="83" />
        <location filename="../../sbdesk/ui/offer_dialog.py" line="95" />
        <source>Choose a reason</source>
        <translation>Välj ett skäl</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="84" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="86" />
        <source>Decline offer</source>
        <translation>Tacka nej till erbjudandet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="89" />
        <source>The offer of %1 is declined. A decline by the household counts against its priority (förtur).</source>
        <translation>Erbjudandet om %1 avböjs. Ett nej från hushållet räknas mot dess förtur.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="47" />
        <source>Save exchange file</source>
        <translation>Spara utväxlingsfil</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="316" />
        <source>Cannot export</source>
        <translation>Kan inte exportera</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="44" />
        <source>Import exchange file</source>
        <translation>Importera utväxlingsfil</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="176" />
        <source>Incoming request %1 was created from request %3 of %2. Answer it on the requests page, then export the answer.</source>
        <translation>Inkommande förfrågan %1 har skapats från förfrågan %3 från %2. Besvara den på sidan för förfrågningar och exportera sedan svaret.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="181" />
        <source>Request %1 already had every step in the answer; nothing changed.</source>
        <translation>Förfrågan %1 hade redan alla steg i svaret; ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="184" />
        <source>Request %1 to %2 was updated: %3. Status now: %4.</source>
        <translation>Förfrågan %1 till %2 har uppdaterats: %3. Status nu: %4.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="188" />
        <source>%1 other requests were withdrawn.</source>
        <translation>%1 andra förfrågningar återkallades.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="198" />
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="207" />
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="210" />
        <source>Not imported</source>
        <translation>Inte importerat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="210" />
        <source>The file is made for %1 (%2), but this database belongs to %3 (%4). Nothing was imported.</source>
        <translation>Filen är gjord för %1 (%2), men den här databasen hör till %3 (%4). Ingenting har importerats.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="223" />
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_parts.py" line="30" />
        <source>sbdesk exchange file (*.sbx)</source>
        <translation>Utväxlingsfil från sbdesk (*.sbx)</translation>
    </message>
</context>
<context>
    <name>ExemptList</name>
    <message>
        <location filename="../../sbdesk/ui/pages/retention_exempt.py" line="34" />
        <source>Exempted from purging</source>
        <translation>Undantagna från gallring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention_exempt.py" line="38" />
        <source>Reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention_exempt.py" line="38" />
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention_exempt.py" line="38" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention_exempt.py" line="37" />
        <source>Cases exempted from purging</source>
        <translation>Ärenden undantagna från gallring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention_exempt.py" line="41" />
        <source>No case is exempted.</source>
        <translation>Inget ärende är undantaget.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention_exempt.py" line="42" />
        <source>E&amp;nd exemption…</source>
        <translation>A&amp;vsluta undantag…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention_exempt.py" line="43" />
        <source>The case can be purged again when its time has passed (logged)</source>
        <translation>Ärendet kan gallras igen när tiden har gått (loggas)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention_exempt.py" line="87" />
        <source>End exemption</source>
        <translation>Avsluta undantag</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention_exempt.py" line="88" />
        <source>Why may %1 be purged again? (e.g. the document plan changed)</source>
        <translation>Varför får %1 gallras igen? (t.ex. att dokumenthanteringsplanen har ändrats)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention_exempt.py" line="95" />
        <source>Exemption not ended</source>
        <translation>Undantaget avslutades inte</translation>
    </message>
</context>
<context>
    <name>ExportAnswerDialog</name>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="275" />
        <source>Export answer %1</source>
        <translation>Exportera svar %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="277" />
        <source>Answer to %1 on their request %2</source>
        <translation>Svar till %1 på deras förfrågan %2</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="283" />
        <source>The answer carries the steps recorded here so far, with their dates and reasons. When %1 imports it, their request is updated.</source>
        <translation>Svaret innehåller stegen som registrerats här hittills, med datum och skäl. När %1 importerar det uppdateras deras förfrågan.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="287" />
        <source>What the file carries</source>
        <translation>Det här följer med i filen</translation>
    </message>
</context>
<context>
    <name>ExportRequestDialog</name>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="125" />
        <source>Export request %1</source>
        <translation>Exportera förfrågan %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="127" />
        <source>Request %1 to %2 – case %3</source>
        <translation>Förfrågan %1 till %2 – ärende %3</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="138" />
        <source>The file is encrypted and can travel by any channel. Only what is listed here leaves the database – no name, personnummer, address or phone of the household.</source>
        <translation>Filen är krypterad och kan skickas på vilket sätt som helst. Bara det som står här lämnar databasen – inget namn, personnummer, adress eller telefonnummer till hushållet.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="142" />
        <source>What the file carries</source>
        <translation>Det här följer med i filen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="148" />
        <source>Also in the file (optional)</source>
        <translation>Följer också med i filen (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="153" />
        <source>Economic support</source>
        <translation>Ekonomiskt stöd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="154" />
        <source>Psychosocial support</source>
        <translation>Psykosocialt stöd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="155" />
        <source>Protection and safety</source>
        <translation>Skydd och säkerhet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="156" />
        <source>Support for the children</source>
        <translation>Stöd till barnen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="163" />
        <source>Support:</source>
        <translation>Stöd:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="164" />
        <source>Support needed</source>
        <translation>Stöd som behövs</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="165" />
        <source>Message to the recipient</source>
        <translation>Meddelande till mottagaren</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="178" />
        <source>Include the applicant's name and personnummer</source>
        <translation>Ta med sökandes namn och personnummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="184" />
        <source>Never for a case with protected personal data (%1).</source>
        <translation>Aldrig för ett ärende med skyddade personuppgifter (%1).</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="187" />
        <source>No identity is recorded for the applicant.</source>
        <translation>Ingen identitet är registrerad för den sökande.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="189" />
        <source>Only when the receiving municipality needs it to decide; the choice is logged.</source>
        <translation>Bara när den mottagande kommunen behöver det för sitt beslut; valet loggas.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="197" />
        <source>Consent to share information with %1 is recorded (given %2).</source>
        <translation>Samtycke till att lämna uppgifter till %1 finns registrerat (lämnat %2).</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="203" />
        <source>The case has no valid consent to share information with %1. Register the consent on the case, or give the reason to share anyway – it is written to the log.</source>
        <translation>Ärendet har inget giltigt samtycke till att lämna uppgifter till %1. Registrera samtycket på ärendet, eller ange skälet att ändå lämna ut dem – det skrivs i loggen.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="208" />
        <source>Reason to share without consent</source>
        <translation>Skäl att lämna ut utan samtycke</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="209" />
        <source>e.g. consent given by phone today, registered later</source>
        <translation>t.ex. samtycke lämnat per telefon i dag, registreras senare</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="212" />
        <source>&amp;Reason (logged):</source>
        <translation>&amp;Skäl (loggas):</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="218" />
        <source>The request is recorded as sent today when the file is saved.</source>
        <translation>Förfrågan registreras som skickad i dag när filen sparas.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="234" />
        <source>The applicant's name and personnummer (no address or phone)</source>
        <translation>Sökandes namn och personnummer (ingen adress eller telefon)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="240" />
        <source>A reason is needed to share without consent.</source>
        <translation>Ett skäl behövs för att lämna ut uppgifter utan samtycke.</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="64" />
        <source>Register extract and correction</source>
        <translation>Registerutdrag och rättelse</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="65" />
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="65" />
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="66" />
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="66" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="67" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="67" />
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="70" />
        <source>Make a register extract of everything sbdesk holds about one person (article 15 of the GDPR), or correct a detail that is wrong (article 16). Both are written to the log.</source>
        <translation>Skapa ett registerutdrag med allt som sbdesk har om en person (artikel 15 i dataskyddsförordningen), eller rätta en uppgift som är fel (artikel 16). Båda skrivs i loggen.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="76" />
        <source>Personal identity number or name, at least 3 characters</source>
        <translation>Personnummer eller namn, minst 3 tecken</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="77" />
        <source>Find person</source>
        <translation>Sök person</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="84" />
        <location filename="../../sbdesk/ui/extract_dialog.py" line="193" />
        <source>Type at least 3 characters.</source>
        <translation>Skriv minst 3 tecken.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="87" />
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="87" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="87" />
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="88" />
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="89" />
        <source>People found</source>
        <translation>Hittade personer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="106" />
        <location filename="../../sbdesk/ui/extract_dialog.py" line="235" />
        <source>Register extract (article 15)</source>
        <translation>Registerutdrag (artikel 15)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="108" />
        <source>e.g. Request received %1</source>
        <translation>t.ex. Begäran inkom %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="110" />
        <source>Reason for the extract</source>
        <translation>Skäl till utdraget</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="113" />
        <source>&amp;Make extract…</source>
        <translation>Skapa u&amp;tdrag…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="114" />
        <source>Save the extract as a PDF and a JSON file beside it</source>
        <translation>Spara utdraget som PDF, med en JSON-fil bredvid</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="117" />
        <source>Rea&amp;son *:</source>
        <translation>S&amp;käl *:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="122" />
        <location filename="../../sbdesk/ui/extract_dialog.py" line="236" />
        <source>Correct a detail (article 16)</source>
        <translation>Rätta uppgift (artikel 16)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="124" />
        <source>Detail to correct</source>
        <translation>Uppgift att rätta</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="129" />
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="133" />
        <source>e.g. New name according to the Tax Agency</source>
        <translation>t.ex. Namnbyte enligt Skatteverket</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="134" />
        <source>Reason for the correction</source>
        <translation>Skäl till rättelsen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="137" />
        <source>&amp;Correct detail…</source>
        <translation>&amp;Rätta uppgift…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="138" />
        <source>Save the new value; the old one is kept in the log</source>
        <translation>Spara det nya värdet; det gamla finns kvar i loggen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="141" />
        <source>&amp;Detail:</source>
        <translation>&amp;Uppgift:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="142" />
        <source>&amp;New value:</source>
        <translation>&amp;Nytt värde:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="144" />
        <source>R&amp;eason *:</source>
        <translation>Sk&amp;äl *:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="152" />
        <source>&amp;Find person:</source>
        <translation>&amp;Sök person:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/extract_dialog.py" line="195" />
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person hittades</numerusform>
            <numerusform>%n personer hittades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="197" />
        <source>choose one in the list.</source>
        <translation>välj en i listan.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="224" />
        <source>born %1</source>
        <translation>född %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="251" />
        <source>Give a reason; it is written to the log.</source>
        <translation>Ange ett skäl; det skrivs i loggen.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="254" />
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="285" />
        <source>Save the register extract</source>
        <translation>Spara registerutdraget</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="286" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="307" />
        <source>Extract not saved</source>
        <translation>Utdraget sparades inte</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="309" />
        <source>Extract saved</source>
        <translation>Utdraget är sparat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="310" />
        <source>The register extract was saved as %1 and %2 in %3. It holds personal data: hand it over securely.</source>
        <translation>Registerutdraget sparades som %1 och %2 i %3. Det innehåller personuppgifter: lämna över det på ett säkert sätt.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="327" />
        <source>Remove %1 for %2?</source>
        <translation>Vill du ta bort %1 för %2?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="328" />
        <source>Correct %1 for %2?</source>
        <translation>Vill du rätta %1 för %2?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="330" />
        <source>Correct a detail</source>
        <translation>Rätta uppgift</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="330" />
        <source>The old value is kept in the log.</source>
        <translation>Det gamla värdet sparas i loggen.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="342" />
        <location filename="../../sbdesk/ui/extract_dialog.py" line="345" />
        <source>Not corrected</source>
        <translation>Inte rättat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="347" />
        <source>Corrected</source>
        <translation>Rättat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="348" />
        <source>Corrected: %1. The old value is kept in the log.</source>
        <translation>Rättat: %1. Det gamla värdet sparas i loggen.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="368" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/extract_dialog.py" line="369" />
        <source>The correction you typed is not saved. Close anyway?</source>
        <translation>Rättelsen du skrev är inte sparad. Vill du stänga ändå?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="56" />
        <source>Choose the file</source>
        <translation>Välj fil</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="57" />
        <source>An Excel workbook (.xlsx) or a CSV file, e.g. a landlord's list of available apartments. Nothing is saved until you have checked every row.</source>
        <translation>En Excel-arbetsbok (.xlsx) eller en CSV-fil, t.ex. en hyresvärds lista över lediga lägenheter. Ingenting sparas förrän du har granskat varje rad.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="60" />
        <source>What the file holds</source>
        <translation>Vad filen innehåller</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="64" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="65" />
        <source>Choose a file with Browse…</source>
        <translation>Välj en fil med Bläddra…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="68" />
        <source>B&amp;rowse…</source>
        <translation>B&amp;läddra…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="76" />
        <source>The first row must hold the column headers. CSV files may separate columns with semicolons, commas or tabs and be saved as UTF-8 or Windows-1252. Dates may be written 2025-07-01 or 1/7/2025, amounts as 8 500 kr and areas with a decimal comma (54,5). A municipality is never guessed from a postcode.</source>
        <translation>Första raden ska innehålla kolumnrubrikerna. CSV-filer kan ha semikolon, komma eller tabb mellan kolumnerna och vara sparade som UTF-8 eller Windows-1252. Datum kan skrivas 2025-07-01 eller 1/7/2025, belopp som 8 500 kr och ytor med decimalkomma (54,5). En kommun gissas aldrig fram ur ett postnummer.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="81" />
        <source>&amp;What does the file hold?</source>
        <translation>&amp;Vad innehåller filen?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="82" />
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="95" />
        <source>Choose a spreadsheet</source>
        <translation>Välj ett kalkylark</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="96" />
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Kalkylark (*.xlsx *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="110" />
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
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
    <name>Forms</name>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="45" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="46" />
        <source>You have changes that are not saved. Save them?</source>
        <translation>Du har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>GrantOverview</name>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="31" />
        <source>Granted amount</source>
        <translation>Beviljade medel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="32" />
        <source>Costs</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="33" />
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="98" />
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="101" />
        <source>Unused money</source>
        <translation>Oanvända medel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="34" />
        <source>Share unused</source>
        <translation>Andel oförbrukade medel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="36" />
        <source>Costs by item</source>
        <translation>Kostnader per post</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="52" />
        <source>Costs by item (kr)</source>
        <translation>Kostnader per post (kr)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="56" />
        <source>Results in brief</source>
        <translation>Resultat i korthet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="96" />
        <source>The costs exceed the granted amount by %1.</source>
        <translation>Kostnaderna överstiger beviljade medel med %1.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="105" />
        <source>Missing before export (%1)</source>
        <translation>Saknas före export (%1)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="108" />
        <source>Nothing is missing</source>
        <translation>Ingenting saknas</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="109" />
        <source>Every question is answered.</source>
        <translation>Alla frågor är besvarade.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="110" />
        <source>Every question is answered. Freeze the year when the report is sent.</source>
        <translation>Alla frågor är besvarade. Frys året när återrapporteringen är inskickad.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="115" />
        <source>median %1 days, longest %2 days in skyddat boende before moving in</source>
        <translation>median %1 dagar och längst %2 dagar i skyddat boende före inflyttning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="117" />
        <source>no recorded days in skyddat boende</source>
        <translation>inga registrerade dagar i skyddat boende</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="119" />
        <source>%1 households (%2 children) moved into a permanent home; %3.</source>
        <translation>%1 hushåll (%2 barn) flyttade till stadigvarande boende; %3.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="121" />
        <source>%1 requests sent and %2 received; %3 households moved through a request.</source>
        <translation>%1 förfrågningar skickade och %2 mottagna; %3 hushåll flyttade via en förfrågan.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="124" />
        <source>%1 offers made: %2 accepted, %3 declined, %4 unanswered.</source>
        <translation>%1 erbjudanden lämnade: %2 accepterade, %3 avböjda, %4 utan svar.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_overview.py" line="127" />
        <source>%1 activities recorded, %2 hours.</source>
        <translation>%1 aktiviteter registrerade, %2 timmar.</translation>
    </message>
</context>
<context>
    <name>GrantReportPage</name>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="72" />
        <source>Grant report</source>
        <translation>Återrapportering</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="81" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="86" />
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="91" />
        <source>&amp;Edit answers…</source>
        <translation>Ä&amp;ndra svar…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="91" />
        <source>Grant, costs and questions 1–4, 7–9</source>
        <translation>Statsbidrag, kostnader och frågorna 1–4, 7–9</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="93" />
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="205" />
        <source>&amp;Freeze…</source>
        <translation>&amp;Frys…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="95" />
        <source>Save the report as a file</source>
        <translation>Spara återrapporteringen som en fil</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="96" />
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="96" />
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="96" />
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="99" />
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="110" />
        <source>Questions 1–9</source>
        <translation>Frågor 1–9</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="100" />
        <source>Activity areas</source>
        <translation>Verksamhetsområden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="101" />
        <source>Collaboration partners</source>
        <translation>Samverkanspartner</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="106" />
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="107" />
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="113" />
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="109" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="111" />
        <source>Areas and partners</source>
        <translation>Områden och samverkan</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="112" />
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="125" />
        <source>Export:</source>
        <translation>Exportera:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="142" />
        <source>Marks from activities count at once. What the recorded data shows (requests, agreements, contracts, förtur) counts when you confirm it.</source>
        <translation>Markeringar från aktiviteter räknas direkt. Det som de registrerade uppgifterna visar (förfrågningar, avtal, kontrakt, förtur) räknas när du har bekräftat det.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="146" />
        <source>5. Activity areas</source>
        <translation>5. Verksamhetsområden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="147" />
        <source>6. Collaboration partners</source>
        <translation>6. Samverkanspartner</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="195" />
        <source>Could not load the report</source>
        <translation>Återrapporteringen kunde inte läsas in</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="200" />
        <source>Frozen %1 by %2: the figures are those reported.</source>
        <translation>Fryst %1 av %2: siffrorna är de som rapporterades.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="203" />
        <source>Not frozen: the figures follow the recorded data.</source>
        <translation>Inte fryst: siffrorna följer de registrerade uppgifterna.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="205" />
        <source>&amp;Unfreeze…</source>
        <translation>&amp;Lås upp…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="206" />
        <source>Open the frozen report again (the reason is logged)</source>
        <translation>Öppna den frysta återrapporteringen igen (skälet skrivs i loggen)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="207" />
        <source>Keep the figures as reported; later changes no longer alter them</source>
        <translation>Spara siffrorna som de rapporterades; senare ändringar påverkar dem inte</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="218" />
        <source>Households by contract type</source>
        <translation>Hushåll per kontraktsform</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="220" />
        <source>Requests</source>
        <translation>Förfrågningar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="220" />
        <source>Requests sent</source>
        <translation>Skickade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="220" />
        <source>Requests received</source>
        <translation>Mottagna</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="221" />
        <source>Households moved</source>
        <translation>Verkställda flyttar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="223" />
        <source>Offers</source>
        <translation>Erbjudanden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="223" />
        <source>Offers made</source>
        <translation>Lämnade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="223" />
        <source>Offers accepted</source>
        <translation>Accepterade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="223" />
        <source>Offers declined</source>
        <translation>Avböjda</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="224" />
        <source>Offers unanswered</source>
        <translation>Utan svar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="227" />
        <source>%n item(s) missing before export</source>
        <translation>
            <numerusform>%n uppgift saknas före export</numerusform>
            <numerusform>%n uppgifter saknas före export</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="228" />
        <source>Ready for export</source>
        <translation>Klar för export</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="248" />
        <source>Not changed</source>
        <translation>Inte ändrat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="263" />
        <source>Freeze the report for %1? The figures are kept exactly as they are now; later changes to the recorded data no longer alter them.</source>
        <translation>Frys återrapporteringen för %1? Siffrorna sparas precis som de är nu; senare ändringar i de registrerade uppgifterna påverkar dem inte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="266" />
        <source>%n item(s) are still missing.</source>
        <translation>
            <numerusform>%n uppgift saknas fortfarande.</numerusform>
            <numerusform>%n uppgifter saknas fortfarande.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="267" />
        <source>Freeze the report</source>
        <translation>Frys återrapporteringen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="272" />
        <source>Not frozen</source>
        <translation>Inte fryst</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="279" />
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="283" />
        <source>Export the report</source>
        <translation>Exportera återrapporteringen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="280" />
        <source>%n item(s) are still missing. Export anyway?</source>
        <translation>
            <numerusform>%n uppgift saknas fortfarande. Exportera ändå?</numerusform>
            <numerusform>%n uppgifter saknas fortfarande. Exportera ändå?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="291" />
        <source>Not exported</source>
        <translation>Inte exporterad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="293" />
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
</context>
<context>
    <name>GrantYearDialog</name>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="44" />
        <source>Grant %1</source>
        <translation>Statsbidrag %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="51" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="51" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="53" />
        <source>1–2. Grant and costs by item</source>
        <translation>1–2. Statsbidrag och kostnader per post</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="54" />
        <source>Granted amount</source>
        <translation>Beviljade medel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="55" />
        <source>Salaries</source>
        <translation>Lönekostnader</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="56" />
        <source>Purchased services, material, rented equipment</source>
        <translation>Köpta tjänster, material, hyrd utrustning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="57" />
        <source>Travel, food and lodging</source>
        <translation>Resor, kost och logi</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="59" />
        <source>3. Why was money left unused?</source>
        <translation>3. Varför användes inte alla medel?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="60" />
        <source>Lack of time</source>
        <translation>Tidsbrist</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="61" />
        <source>Lack of staff</source>
        <translation>Personalbrist</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="62" />
        <source>Other reason</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="63" />
        <source>Other reason, described</source>
        <translation>Annan orsak, beskrivning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="65" />
        <source>4. Development work</source>
        <translation>4. Utvecklingsarbete</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="66" />
        <source>Strengthened existing work</source>
        <translation>Befintligt arbete har förstärkts</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="68" />
        <source>Started new work</source>
        <translation>Nytt arbete har startats</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="70" />
        <source>7–8. Assessment</source>
        <translation>7–8. Bedömning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="71" />
        <source>The grant strengthened the work</source>
        <translation>Statsbidraget har stärkt arbetet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="73" />
        <source>Activities would have happened without the grant</source>
        <translation>Aktiviteterna hade genomförts utan statsbidraget</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="76" />
        <source>9. Documentation and dissemination</source>
        <translation>9. Dokumentation och spridning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="77" />
        <source>Results documented and disseminated</source>
        <translation>Resultaten har dokumenterats och spridits</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="79" />
        <source>How (documentation and dissemination)</source>
        <translation>Hur (dokumentation och spridning)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="84" />
        <source>The answers to Socialstyrelsen's questions for %1. Amounts in whole kronor, e.g. 822 900. Activity areas and partners (questions 5–6) come from the activities and the recorded data.</source>
        <translation>Svaren på Socialstyrelsens frågor för %1. Belopp i hela kronor, t.ex. 822 900. Verksamhetsområden och samverkanspartner (frågorna 5–6) kommer från aktiviteterna och de registrerade uppgifterna.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="111" />
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="112" />
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="166" />
        <source>Choose one of the options in the list.</source>
        <translation>Välj ett av alternativen i listan.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="186" />
        <source>Costs %1 · unused %2 · share unused %3</source>
        <translation>Kostnader %1 · oanvända medel %2 · andel oförbrukade medel %3</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="211" />
        <source>Costs exceed the grant</source>
        <translation>Kostnaderna överstiger statsbidraget</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="211" />
        <source>Save anyway?</source>
        <translation>Spara ändå?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_form.py" line="225" />
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>GrantsDialog</name>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="42" />
        <source>Priority (förtur) – %1</source>
        <translation>Förtur – %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="44" />
        <source>A förtur gives the household priority with landlords. A decline by the household can use it up when the number of offers allowed is reached; a signed contract always does.</source>
        <translation>En förtur ger hushållet förtur hos hyresvärdar. När hushållet tackar nej kan förturen förbrukas när antalet tillåtna erbjudanden är nått; ett skrivet kontrakt förbrukar den alltid.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="47" />
        <source>Priority grants</source>
        <translation>Förturer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="48" />
        <location filename="../../sbdesk/ui/grants_dialog.py" line="121" />
        <source>Ground</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="48" />
        <source>Issued by</source>
        <translation>Utfärdad av</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="48" />
        <location filename="../../sbdesk/ui/grants_dialog.py" line="125" />
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="48" />
        <location filename="../../sbdesk/ui/grants_dialog.py" line="127" />
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="49" />
        <source>Offers used</source>
        <translation>Använda erbjudanden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="49" />
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="52" />
        <source>No förtur recorded for this household.</source>
        <translation>Ingen förtur är registrerad för hushållet.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="53" />
        <source>&amp;New förtur…</source>
        <translation>&amp;Ny förtur…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="55" />
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndra…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="57" />
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="58" />
        <source>Archive the grant: it no longer counts (logged)</source>
        <translation>Arkivera förturen: den räknas inte längre (loggas)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="81" />
        <location filename="../../sbdesk/ui/grants_dialog.py" line="129" />
        <source>Used up</source>
        <translation>Förbrukad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="83" />
        <source>Not decided</source>
        <translation>Inte beslutad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="85" />
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="86" />
        <source>Expired</source>
        <translation>Har gått ut</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="122" />
        <source>Issued by (role)</source>
        <translation>Utfärdad av (roll)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="123" />
        <source>e.g. socialsekreterare, läkare, polis</source>
        <translation>t.ex. socialsekreterare, läkare, polis</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="124" />
        <source>Applied</source>
        <translation>Ansökt</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="126" />
        <source>The förtur counts from the day it is decided.</source>
        <translation>Förturen gäller från beslutsdagen.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="127" />
        <source>Often 12 months</source>
        <translation>Ofta 12 månader</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="128" />
        <source>Offers allowed</source>
        <translation>Antal erbjudanden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="128" />
        <source>Often one</source>
        <translation>Ofta ett</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="130" />
        <source>Landlord: credit check approved</source>
        <translation>Hyresvärden: kreditupplysning godkänd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="131" />
        <source>Landlord: references approved</source>
        <translation>Hyresvärden: referenser godkända</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="132" />
        <source>Landlord's note</source>
        <translation>Hyresvärdens anteckning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="142" />
        <source>New förtur</source>
        <translation>Ny förtur</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="148" />
        <source>Förtur</source>
        <translation>Förtur</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="177" />
        <source>Remove förtur</source>
        <translation>Ta bort förtur</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="178" />
        <source>Remove the förtur (%1)? It will no longer count in the queue or for offers.</source>
        <translation>Ta bort förturen (%1)? Den räknas då inte längre i kön eller för erbjudanden.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/grants_dialog.py" line="185" />
        <source>Could not remove</source>
        <translation>Kunde inte ta bort</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="69" />
        <source>User guide – sbdesk</source>
        <translation>Användarguide – sbdesk</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="72" />
        <source>User guide</source>
        <translation>Användarguide</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="74" />
        <source>Find in the guide…</source>
        <translation>Sök i guiden…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="75" />
        <source>Find in the guide</source>
        <translation>Sök i guiden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="97" />
        <source>The user guide is missing from this installation. Contact IT.</source>
        <translation>Användarguiden saknas i den här installationen. Kontakta IT.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="108" />
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="107" />
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="113" />
        <source>Add &amp;person</source>
        <translation>Lägg till &amp;person</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="152" />
        <source>Remove person</source>
        <translation>Ta bort person</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="153" />
        <source>Remove %1 from the household? A recorded identity is removed too when you save.</source>
        <translation>Vill du ta bort %1 ur hushållet? En registrerad identitet tas också bort när du sparar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/household.py" line="172" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/household.py" line="173" />
        <source>%n child(ren)</source>
        <translation>
            <numerusform>varav %n barn</numerusform>
            <numerusform>varav %n barn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="48" />
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="48" />
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="49" />
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="49" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="50" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="50" />
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="57" />
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="139" />
        <source>Names and personal identity numbers are shown only when you ask, and every time is logged.</source>
        <translation>Namn och personnummer visas bara när du ber om det, och varje visning loggas.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="140" />
        <source>Enter identities for the people you add. They never appear in lists.</source>
        <translation>Fyll i identitet för de personer du lägger till. Uppgifterna visas aldrig i listor.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="143" />
        <source>Show &amp;identity</source>
        <translation>Visa &amp;identitet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="175" />
        <source>Identity (shown in this window only)</source>
        <translation>Identitet (visas bara i det här fönstret)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="175" />
        <source>Identity (hidden)</source>
        <translation>Identitet (dold)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="187" />
        <source>%1: protected personal data – never give out address or phone.</source>
        <translation>%1: skyddade personuppgifter – lämna aldrig ut adress eller telefon.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="194" />
        <location filename="../../sbdesk/ui/pages/identity.py" line="207" />
        <source>Show identity</source>
        <translation>Visa identitet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/identity.py" line="195" />
        <source>Reason (optional, written to the log):</source>
        <translation>Skäl (frivilligt, skrivs i loggen):</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="58" />
        <source>Request</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="58" />
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="59" />
        <source>The file</source>
        <translation>Filen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="60" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="60" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="61" />
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="62" />
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="63" />
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="65" />
        <source>Type the one-time code that %1 read to you by phone. Case, spaces and dashes do not matter.</source>
        <translation>Skriv engångskoden som %1 läste upp för dig per telefon. Stora eller små bokstäver, mellanslag och bindestreck spelar ingen roll.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="71" />
        <source>One-time code</source>
        <translation>Engångskod</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="76" />
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="84" />
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="86" />
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="109" />
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tecken</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="136" />
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="167" />
        <source>Not imported</source>
        <translation>Inte importerat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="142" />
        <source>This will be created</source>
        <translation>Det här skapas</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="143" />
        <source>This will be updated</source>
        <translation>Det här uppdateras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_import_dialog.py" line="146" />
        <source>Withdraw the other %1 open requests for the same case</source>
        <translation>Återkalla de %1 andra pågående förfrågningarna för samma ärende</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="226" />
        <source>Import</source>
        <translation>Importera</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="71" />
        <source>Something unexpected went wrong (%1). Nothing was saved.</source>
        <translation>Något oväntat gick fel (%1). Ingenting sparades.</translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="254" />
        <source>Register incoming request</source>
        <translation>Registrera inkommen förfrågan</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="262" />
        <source>Incoming request %1</source>
        <translation>Inkommen förfrågan %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="264" />
        <source>What the sending municipality told us about the household. Record only what is needed to decide; no names or personal identity numbers.</source>
        <translation>Det som den avsändande kommunen har berättat om hushållet. Skriv bara det som behövs för beslutet – inga namn eller personnummer.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="270" />
        <source>Sending municipality</source>
        <translation>Avsändande kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="272" />
        <source>Housing ring</source>
        <translation>Bostadsring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="273" />
        <source>Their reference number</source>
        <translation>Deras diarienummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="276" />
        <source>Received on</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="278" />
        <source>What we received</source>
        <translation>Vad vi har fått</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="279" />
        <source>The documents and information the sending municipality gave</source>
        <translation>De handlingar och uppgifter som den avsändande kommunen lämnat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="280" />
        <source>Protected personal data</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="282" />
        <source>As the sending municipality told it; shown as a badge wherever the request is</source>
        <translation>Som den sändande kommunen har uppgett; visas som markering överallt där förfrågan syns</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="283" />
        <source>Adults</source>
        <translation>Vuxna</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="284" />
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="285" />
        <source>Children's birth years</source>
        <translation>Barnens födelseår</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="286" />
        <source>e.g. 2014, 2019</source>
        <translation>t.ex. 2014, 2019</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="287" />
        <source>Rooms needed (rok)</source>
        <translation>Antal rum som behövs (rok)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="288" />
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="289" />
        <source>Needs economic support</source>
        <translation>Behöver ekonomiskt stöd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="290" />
        <source>Needs psychosocial support</source>
        <translation>Behöver psykosocialt stöd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="291" />
        <source>Needs protection and safety measures</source>
        <translation>Behöver skydd och säkerhetsåtgärder</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="292" />
        <source>Needs support for the children</source>
        <translation>Behöver stöd till barnen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="293" />
        <source>Support needed</source>
        <translation>Stöd som behövs</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="294" />
        <source>Contact at the sending municipality</source>
        <translation>Kontaktperson hos avsändande kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="295" />
        <source>Contact's phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="296" />
        <source>Contact's e-mail</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="296" />
        <source>name@example.se</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="297" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="87" />
        <source>New recovery key</source>
        <translation>Ny återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="88" />
        <source>A new recovery key replaces the old one, which then stops opening this database (old backups keep theirs). Your passphrase:</source>
        <translation>En ny återställningsnyckel ersätter den gamla, som då slutar öppna den här databasen (gamla säkerhetskopior behåller sin). Din lösenfras:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="96" />
        <source>No new recovery key</source>
        <translation>Ingen ny återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="103" />
        <source>Re-encrypt the database</source>
        <translation>Kryptera om databasen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="104" />
        <source>The database is re-encrypted with a new key (do this if a copy may have leaked). You also get a new recovery key. Your passphrase:</source>
        <translation>Databasen krypteras om med en ny nyckel (gör det om en kopia kan ha kommit på avvägar). Du får också en ny återställningsnyckel. Din lösenfras:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="112" />
        <source>Not re-encrypted</source>
        <translation>Inte omkrypterad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="113" />
        <source>The database is unchanged.</source>
        <translation>Databasen är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="124" />
        <source>Database checked</source>
        <translation>Databasen är kontrollerad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="125" />
        <source>Everything holds.</source>
        <translation>Allt stämmer.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="127" />
        <source>Faults found</source>
        <translation>Fel hittades</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/key_actions.py" line="128" />
        <source>The check found faults. Keep working only after talking to IT; restore from a backup if they advise it.</source>
        <translation>Kontrollen hittade fel. Arbeta vidare först efter att ha pratat med IT; återställ från en säkerhetskopia om de råder till det.</translation>
    </message>
</context>
<context>
    <name>LandlordRegister</name>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="32" />
        <source>&amp;New landlord</source>
        <translation>&amp;Ny hyresvärd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="36" />
        <source>Landlords</source>
        <translation>Hyresvärdar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="42" />
        <location filename="../../sbdesk/ui/pages/landlords.py" line="98" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="43" />
        <location filename="../../sbdesk/ui/pages/landlords.py" line="59" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="44" />
        <location filename="../../sbdesk/ui/pages/landlords.py" line="101" />
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="45" />
        <location filename="../../sbdesk/ui/pages/landlords.py" line="102" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="46" />
        <location filename="../../sbdesk/ui/pages/landlords.py" line="103" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="47" />
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="48" />
        <source>Agreements that are not archived</source>
        <translation>Avtal som inte är arkiverade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="49" />
        <source>Apartments</source>
        <translation>Lägenheter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="50" />
        <source>Apartments that are not archived</source>
        <translation>Lägenheter som inte är arkiverade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/landlords.py" line="63" />
        <source>%n landlord(s)</source>
        <translation>
            <numerusform>%n hyresvärd</numerusform>
            <numerusform>%n hyresvärdar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="86" />
        <source>New landlord</source>
        <translation>Ny hyresvärd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="86" />
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="99" />
        <source>Type of landlord</source>
        <translation>Typ av hyresvärd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="100" />
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="103" />
        <source>name@example.se</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="104" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>LandlordsPage</name>
    <message>
        <location filename="../../sbdesk/ui/pages/landlords.py" line="116" />
        <source>Landlords and agreements</source>
        <translation>Hyresvärdar och avtal</translation>
    </message>
</context>
<context>
    <name>LetterBatch</name>
    <message>
        <location filename="../../sbdesk/ui/letter_batch.py" line="114" />
        <source>Making letters…</source>
        <translation>Skapar brev…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_batch.py" line="114" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_batch.py" line="115" />
        <location filename="../../sbdesk/ui/letter_batch.py" line="152" />
        <location filename="../../sbdesk/ui/letter_batch.py" line="167" />
        <location filename="../../sbdesk/ui/letter_batch.py" line="185" />
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_batch.py" line="134" />
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/letter_batch.py" line="147" />
        <source>%n letter(s) saved in %1.</source>
        <translation>
            <numerusform>%n brev sparades i %1.</numerusform>
            <numerusform>%n brev sparades i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_batch.py" line="149" />
        <source>The batch was cancelled.</source>
        <translation>Körningen avbröts.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_batch.py" line="151" />
        <source>Not made:</source>
        <translation>Skapades inte:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_batch.py" line="159" />
        <source>Save the letters in folder</source>
        <translation>Spara breven i mappen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_batch.py" line="168" />
        <source>There are no letters to make.</source>
        <translation>Det finns inga brev att skapa.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="188" />
        <source>Protected personal data</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="189" />
        <source>Case %1 has protected personal data (%2). The letter is written with the case reference instead of the name and address.

Should the letter carry the person's name and address instead? Choose Yes only when the letter goes straight to the person. The choice is written to the log.</source>
        <translation>Ärende %1 har skyddade personuppgifter (%2). Brevet skrivs med diarienumret i stället för namn och adress.

Ska brevet i stället ha personens namn och adress? Välj Ja bara när brevet går direkt till personen. Valet skrivs i loggen.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="204" />
        <source>Consent missing</source>
        <translation>Samtycke saknas</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="205" />
        <source>Case %1 has no valid consent to share information with %2.

Make the letter anyway? You must give a reason; it is written to the log.</source>
        <translation>Ärende %1 har inget giltigt samtycke till att uppgifter lämnas till %2.

Vill du ändå skapa brevet? Du måste ange ett skäl; det skrivs i loggen.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="215" />
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="216" />
        <source>Why is the information shared without consent? (written to the log)</source>
        <translation>Varför lämnas uppgifterna ut utan samtycke? (skrivs i loggen)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="220" />
        <location filename="../../sbdesk/ui/letter_dialog.py" line="237" />
        <location filename="../../sbdesk/ui/letter_dialog.py" line="255" />
        <source>No letter made</source>
        <translation>Inget brev skapades</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="221" />
        <source>A reason is needed to go on.</source>
        <translation>Ett skäl behövs för att gå vidare.</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="51" />
        <source>Letter: %1</source>
        <translation>Brev: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="63" />
        <source>Letter preview</source>
        <translation>Förhandsgranskning av brevet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/letter_dialog.py" line="68" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="69" />
        <source>%1 · saved as %2</source>
        <translation>%1 · sparas som %2</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="75" />
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="76" />
        <source>Print the letter (Ctrl+P); the print is written to the log</source>
        <translation>Skriv ut brevet (Ctrl+P); utskriften skrivs i loggen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="77" />
        <source>&amp;Save as…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="78" />
        <source>Save the letter as a PDF (Ctrl+S); the save is written to the log</source>
        <translation>Spara brevet som PDF (Ctrl+S); sparandet skrivs i loggen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="113" />
        <source>Print letter</source>
        <translation>Skriv ut brev</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="126" />
        <source>Not printed</source>
        <translation>Inte utskrivet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="126" />
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="148" />
        <source>Save letter</source>
        <translation>Spara brevet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="149" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="159" />
        <source>Letter not saved</source>
        <translation>Brevet sparades inte</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="164" />
        <source>Saved as %1</source>
        <translation>Sparat som %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="171" />
        <source>Not written to the log</source>
        <translation>Kunde inte skrivas i loggen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/letter_dialog.py" line="174" />
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="29" />
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="34" />
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="35" />
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="36" />
        <location filename="../../sbdesk/ui/pages/log.py" line="55" />
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="37" />
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="38" />
        <location filename="../../sbdesk/ui/pages/log.py" line="54" />
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="39" />
        <location filename="../../sbdesk/ui/pages/log.py" line="57" />
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="59" />
        <location filename="../../sbdesk/ui/pages/log.py" line="60" />
        <source>Record id</source>
        <translation>Post-id</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="41" />
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="40" />
        <source>Case or id</source>
        <translation>Ärende/id</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="50" />
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="50" />
        <source>Cases opened</source>
        <translation>Öppnade ärenden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="51" />
        <source>Identities</source>
        <translation>Identiteter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="51" />
        <source>Identities revealed</source>
        <translation>Visade identiteter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="52" />
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="52" />
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="53" />
        <source>Unlocking</source>
        <translation>Upplåsning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="53" />
        <source>Log exports</source>
        <translation>Loggexporter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="66" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="69" />
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="69" />
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="82" />
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="84" />
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/log.py" line="96" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="101" />
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="108" />
        <source>Export the log</source>
        <translation>Exportera loggen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/log.py" line="121" />
        <source>Not exported</source>
        <translation>Inte exporterad</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="280" />
        <source>sbdesk – %1</source>
        <translation>sbdesk – %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="75" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="76" />
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="78" />
        <source>Your details, the municipality, letters, security (Ctrl+,)</source>
        <translation>Dina uppgifter, kommunen, brev och säkerhet (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="81" />
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="83" />
        <source>Close the database; the passphrase is needed to open it again</source>
        <translation>Stänger databasen; lösenfrasen behövs för att öppna den igen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="85" />
        <source>E&amp;xit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="89" />
        <source>&amp;Back up now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="91" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="93" />
        <source>Securi&amp;ty</source>
        <translation>S&amp;äkerhet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="94" />
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Byt lösenfras…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="95" />
        <source>&amp;New recovery key…</source>
        <translation>&amp;Ny återställningsnyckel…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="96" />
        <source>&amp;Re-encrypt with a new key…</source>
        <translation>&amp;Kryptera om med ny nyckel…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="97" />
        <source>C&amp;heck the database</source>
        <translation>K&amp;ontrollera databasen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="99" />
        <source>Register e&amp;xtract and correction…</source>
        <translation>Registerutdrag och &amp;rättelse…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="100" />
        <source>Everything held about one person (GDPR art. 15), and corrections</source>
        <translation>Allt som finns registrerat om en person (dataskyddsförordningen art. 15) och rättelser</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="102" />
        <source>&amp;Import…</source>
        <translation>I&amp;mportera…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="104" />
        <source>Bring in apartments, landlords and agreements, or cases from an Excel or CSV file</source>
        <translation>Hämta in lägenheter, hyresvärdar och avtal eller ärenden från en Excel- eller CSV-fil</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="106" />
        <source>Letter &amp;templates…</source>
        <translation>&amp;Brevmallar…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="107" />
        <source>The wording of each kind of letter, with merge fields</source>
        <translation>Texten i varje sorts brev, med kopplingsfält</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="121" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="123" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="124" />
        <source>&amp;User guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="126" />
        <source>How to work in sbdesk (F1)</source>
        <translation>Så arbetar du i sbdesk (F1)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="128" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="130" />
        <source>&amp;About sbdesk</source>
        <translation>&amp;Om sbdesk</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="143" />
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="173" />
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="177" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="179" />
        <source>Create a new record on this page (Ctrl+N)</source>
        <translation>Skapa en ny post på den här sidan (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="181" />
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="183" />
        <source>Search on this page (Ctrl+F)</source>
        <translation>Sök på den här sidan (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="255" />
        <source>Unlocked with the passphrase</source>
        <translation>Upplåst med lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="256" />
        <source>Unlocked with the keyring</source>
        <translation>Upplåst med nyckelringen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="257" />
        <source>Unlocked with the recovery key</source>
        <translation>Upplåst med återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/main_window.py" line="258" />
        <source>Unlocked</source>
        <translation>Upplåst</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="54" />
        <source>Match the columns</source>
        <translation>Koppla kolumnerna</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="55" />
        <source>sbdesk has guessed which column holds what. Change what is wrong. A field marked * needs a column or a default value (used where the cell is empty).</source>
        <translation>sbdesk har gissat vilken kolumn som innehåller vad. Ändra det som är fel. Ett fält markerat med * behöver en kolumn eller ett standardvärde (som används där cellen är tom).</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="59" />
        <source>Saved mapping</source>
        <translation>Sparad kolumnkoppling</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="62" />
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="63" />
        <source>Delete the chosen saved mapping</source>
        <translation>Ta bort den valda sparade kopplingen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="66" />
        <source>Saved &amp;mapping:</source>
        <translation>Sparad &amp;koppling:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="76" />
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="76" />
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="77" />
        <source>Default value</source>
        <translation>Standardvärde</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="77" />
        <source>Example from the file</source>
        <translation>Exempel ur filen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="78" />
        <source>Column mapping</source>
        <translation>Kolumnkoppling</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="92" />
        <source>Name of the mapping</source>
        <translation>Kopplingens namn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="93" />
        <source>e.g. the landlord or the list it comes from</source>
        <translation>t.ex. hyresvärden eller listan den kommer från</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="97" />
        <source>&amp;Save mapping</source>
        <translation>&amp;Spara koppling</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="102" />
        <source>Save the mapping &amp;as:</source>
        <translation>Spara kopplingen s&amp;om:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="134" />
        <source>Column for %1</source>
        <translation>Kolumn för %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="135" />
        <source>(no column)</source>
        <translation>(ingen kolumn)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="142" />
        <source>Default value for %1</source>
        <translation>Standardvärde för %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="181" />
        <source>(none: guessed from the headers)</source>
        <translation>(ingen – gissad från rubrikerna)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="235" />
        <source>%1 (default value): %2</source>
        <translation>%1 (standardvärde): %2</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="269" />
        <source>Mapping not loaded</source>
        <translation>Kopplingen kunde inte hämtas</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="273" />
        <source>The saved mapping names columns this file lacks: %1. Choose other columns for them.</source>
        <translation>Den sparade kopplingen använder kolumner som saknas i den här filen: %1. Välj andra kolumner för dem.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="282" />
        <source>Delete mapping</source>
        <translation>Ta bort koppling</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="283" />
        <source>Delete the saved mapping %1?</source>
        <translation>Vill du ta bort den sparade kopplingen %1?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="289" />
        <source>Mapping not deleted</source>
        <translation>Kopplingen togs inte bort</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="308" />
        <source>Replace mapping</source>
        <translation>Ersätt koppling</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="309" />
        <source>A mapping called %1 exists. Replace it?</source>
        <translation>Det finns redan en koppling som heter %1. Vill du ersätta den?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="318" />
        <source>Mapping not saved</source>
        <translation>Kopplingen sparades inte</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_mapping_page.py" line="322" />
        <source>Saved.</source>
        <translation>Sparad.</translation>
    </message>
</context>
<context>
    <name>MarksTable</name>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="180" />
        <source>Mark</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="180" />
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="180" />
        <source>What the recorded data shows</source>
        <translation>Det registrerade uppgifter visar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="181" />
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="181" />
        <source>In the report</source>
        <translation>I rapporten</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="196" />
        <source>Confirm that the report answers yes because of what the data shows</source>
        <translation>Bekräfta att rapporten svarar ja utifrån det som uppgifterna visar</translation>
    </message>
</context>
<context>
    <name>MatchesDialog</name>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="36" />
        <source>Households that fit the apartment</source>
        <translation>Hushåll som passar lägenheten</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="38" />
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="38" />
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="38" />
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="38" />
        <location filename="../../sbdesk/ui/matches_dialog.py" line="43" />
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="41" />
        <source>Apartments that fit the household</source>
        <translation>Lägenheter som passar hushållet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="43" />
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="43" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="43" />
        <source>Rent</source>
        <translation>Hyra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/matches_dialog.py" line="65" />
        <source>%n match(es), best first. Only matches that break no rule are listed; the columns show what each score is made of.</source>
        <translation>
            <numerusform>%n träff, bäst först. Bara träffar som inte bryter någon regel visas; kolumnerna visar vad poängen består av.</numerusform>
            <numerusform>%n träffar, bäst först. Bara träffar som inte bryter någon regel visas; kolumnerna visar vad poängen består av.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="69" />
        <source>&amp;Propose an offer</source>
        <translation>&amp;Föreslå erbjudande</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="94" />
        <source>No offer</source>
        <translation>Inget erbjudande</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="96" />
        <source>Offer proposed</source>
        <translation>Erbjudandet är föreslaget</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/matches_dialog.py" line="97" />
        <source>The offer is proposed. Send it from the page Erbjudanden, with the date to reply by.</source>
        <translation>Erbjudandet är föreslaget. Skicka det från sidan Erbjudanden, med datum för svar.</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="46" />
        <source>YYYY</source>
        <translation>ÅÅÅÅ</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="50" />
        <source>identity recorded</source>
        <translation>identitet registrerad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="51" />
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="51" />
        <source>no identity</source>
        <translation>ingen identitet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="53" />
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="70" />
        <source>Role, person %1</source>
        <translation>Roll, person %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="71" />
        <source>Birth year, person %1</source>
        <translation>Födelseår, person %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="72" />
        <source>Remove person %1</source>
        <translation>Ta bort person %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/household.py" line="82" />
        <source>%1, born %2</source>
        <translation>%1, född %2</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="51" />
        <source>Filter municipalities…</source>
        <translation>Sök kommun…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="53" />
        <source>Filter: %1</source>
        <translation>Sök: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="115" />
        <source>Chosen: %1</source>
        <translation>Valda: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/case_dialog.py" line="115" />
        <source>None chosen</source>
        <translation>Inga valda</translation>
    </message>
</context>
<context>
    <name>NewOutgoingDialog</name>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="98" />
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="99" />
        <source>Reference or pseudonym</source>
        <translation>Diarienummer eller pseudonym</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="100" />
        <source>Housing ring</source>
        <translation>Bostadsring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="101" />
        <source>Already sent: record it as sent on the date below</source>
        <translation>Redan skickad: registrera den som skickad det datum som anges nedan</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="102" />
        <source>Sent on</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="103" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="105" />
        <source>New request</source>
        <translation>Ny förfrågan</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="107" />
        <source>Ask another municipality to receive the household. With one municipality the request is saved as a draft unless it is already sent; a request to several municipalities is recorded as sent to all of them.</source>
        <translation>Be en annan kommun att ta emot hushållet. Till en kommun sparas förfrågan som utkast om den inte redan är skickad; en förfrågan till flera kommuner registreras som skickad till alla.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="132" />
        <source>Filter municipalities…</source>
        <translation>Sök kommun…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="133" />
        <source>Filter municipalities</source>
        <translation>Filtrera kommuner</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="137" />
        <source>Municipalities to ask</source>
        <translation>Kommuner att fråga</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="151" />
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="195" />
        <source>Chosen: %1</source>
        <translation>Valda: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="200" />
        <source>A request to several municipalities is recorded as sent</source>
        <translation>En förfrågan till flera kommuner registreras som skickad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="222" />
        <source>Choose at least one municipality.</source>
        <translation>Välj minst en kommun.</translation>
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
    <name>OffersPage</name>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="57" />
        <source>Offers</source>
        <translation>Erbjudanden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="61" />
        <source>Could not load the list</source>
        <translation>Listan kunde inte hämtas</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="64" />
        <location filename="../../sbdesk/ui/pages/offers.py" line="156" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="65" />
        <source>Active offers</source>
        <translation>Aktiva erbjudanden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="66" />
        <source>All offers</source>
        <translation>Alla erbjudanden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="75" />
        <source>Search reference, pseudonym or address… (Ctrl+F)</source>
        <translation>Sök diarienummer, pseudonym eller adress… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="76" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="102" />
        <source>&amp;Send offer…</source>
        <translation>&amp;Skicka erbjudande…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="102" />
        <source>Send the offer with a reply-by date</source>
        <translation>Skicka erbjudandet med ett datum då svaret ska ha kommit</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="103" />
        <source>&amp;Accept</source>
        <translation>Tacka &amp;ja</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="103" />
        <source>The household accepts the offer</source>
        <translation>Hushållet tackar ja till erbjudandet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="104" />
        <source>&amp;Decline…</source>
        <translation>Tacka &amp;nej…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="104" />
        <source>The household or the landlord declines</source>
        <translation>Hushållet eller hyresvärden tackar nej</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="106" />
        <source>E&amp;xpired</source>
        <translation>&amp;Förfallen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="106" />
        <source>No answer by the reply-by date</source>
        <translation>Inget svar har kommit inom svarstiden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="107" />
        <source>&amp;Contract signed…</source>
        <translation>&amp;Kontrakt skrivet…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="107" />
        <source>Record the signed contract</source>
        <translation>Registrera det skrivna kontraktet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="108" />
        <source>&amp;Withdraw…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="108" />
        <source>Withdraw the offer</source>
        <translation>Återkalla erbjudandet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="109" />
        <source>&amp;Open case</source>
        <translation>&amp;Öppna ärendet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="109" />
        <source>Open the offer's case (Enter)</source>
        <translation>Öppna erbjudandets ärende (Enter)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="110" />
        <source>Offer &amp;letter…</source>
        <translation>Erbjudande&amp;brev…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="111" />
        <source>Erbjudande om lägenhet to the household, as a PDF letter</source>
        <translation>Erbjudande om lägenhet till hushållet, som PDF-brev</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="113" />
        <source>Today's offer letters…</source>
        <translation>Dagens erbjudandebrev…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="114" />
        <source>Save the letters of every offer sent today into a folder</source>
        <translation>Spara breven för alla erbjudanden som skickats i dag i en mapp</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="150" />
        <source>Reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="151" />
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="152" />
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="154" />
        <source>Apartment</source>
        <translation>Lägenhet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="155" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="158" />
        <source>Proposed</source>
        <translation>Föreslaget</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="159" />
        <source>Reply by</source>
        <translation>Svara senast</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="160" />
        <source>The reply-by date has passed</source>
        <translation>Svarstiden har gått ut</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="162" />
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="163" />
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/offers.py" line="179" />
        <source>%n active offer(s)</source>
        <translation>
            <numerusform>%n aktivt erbjudande</numerusform>
            <numerusform>%n aktiva erbjudanden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="247" />
        <source>No offer made</source>
        <translation>Inget erbjudande gjordes</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/offers.py" line="276" />
        <source>Step not possible</source>
        <translation>Steget går inte att göra</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <location filename="../../sbdesk/ui/offers_panel.py" line="37" />
        <location filename="../../sbdesk/ui/offers_panel.py" line="39" />
        <source>Offers</source>
        <translation>Erbjudanden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offers_panel.py" line="40" />
        <source>Apartment</source>
        <translation>Lägenhet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offers_panel.py" line="40" />
        <source>Household</source>
        <translation>Hushåll</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offers_panel.py" line="41" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offers_panel.py" line="41" />
        <source>Proposed</source>
        <translation>Föreslaget</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offers_panel.py" line="41" />
        <source>Reply by</source>
        <translation>Svara senast</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offers_panel.py" line="41" />
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offers_panel.py" line="44" />
        <source>No offers yet.</source>
        <translation>Inga erbjudanden ännu.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offers_panel.py" line="45" />
        <source>Show in Offers</source>
        <translation>Visa i Erbjudanden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offers_panel.py" line="46" />
        <source>Open the selected offer on the Offers page to take the next step</source>
        <translation>Öppna det valda erbjudandet på sidan Erbjudanden för att ta nästa steg</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offers_panel.py" line="86" />
        <source>The reply-by date has passed</source>
        <translation>Svarstiden har gått ut</translation>
    </message>
</context>
<context>
    <name>OutgoingEditDialog</name>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="320" />
        <source>Municipality asked</source>
        <translation>Tillfrågad kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="322" />
        <source>Housing ring</source>
        <translation>Bostadsring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="323" />
        <source>Their reference number</source>
        <translation>Deras diarienummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="324" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="330" />
        <source>Outgoing request %1</source>
        <translation>Utgående förfrågan %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_dialogs.py" line="333" />
        <source>Case %1 · status: %2</source>
        <translation>Ärende %1 · status: %2</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="198" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="207" />
        <source>households waiting for a home</source>
        <translation>hushåll väntar på en bostad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="208" />
        <source>apartments available now</source>
        <translation>lediga lägenheter just nu</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="209" />
        <source>open cases with protected personal data</source>
        <translation>öppna ärenden med skyddade personuppgifter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="212" />
        <location filename="../../sbdesk/ui/pages/overview.py" line="213" />
        <source>Households waiting longest</source>
        <translation>Hushåll som väntat längst</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="214" />
        <location filename="../../sbdesk/ui/pages/overview.py" line="234" />
        <location filename="../../sbdesk/ui/pages/overview.py" line="242" />
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="214" />
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="214" />
        <location filename="../../sbdesk/ui/pages/overview.py" line="234" />
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="214" />
        <source>Waited</source>
        <translation>Väntat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="215" />
        <source>In the queue since</source>
        <translation>I kön sedan</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="215" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="216" />
        <source>No household is waiting.</source>
        <translation>Inga hushåll väntar.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="219" />
        <source>Available within 30 days</source>
        <translation>Lediga inom 30 dagar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="220" />
        <source>Apartments available within 30 days</source>
        <translation>Lägenheter som blir lediga inom 30 dagar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="221" />
        <source>Available from</source>
        <translation>Ledig från</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="221" />
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="221" />
        <location filename="../../sbdesk/ui/pages/overview.py" line="242" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="221" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="222" />
        <source>Rent/month</source>
        <translation>Hyra/mån</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="222" />
        <location filename="../../sbdesk/ui/pages/overview.py" line="228" />
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="223" />
        <source>No apartment becomes available in the next 30 days.</source>
        <translation>Ingen lägenhet blir ledig de närmaste 30 dagarna.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="226" />
        <location filename="../../sbdesk/ui/pages/overview.py" line="227" />
        <source>Agreements ending within 60 days</source>
        <translation>Avtal som löper ut inom 60 dagar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="228" />
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="228" />
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="229" />
        <source>No agreement ends in the next 60 days.</source>
        <translation>Inget avtal löper ut de närmaste 60 dagarna.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="232" />
        <location filename="../../sbdesk/ui/pages/overview.py" line="233" />
        <source>Replies to offers due within 7 days</source>
        <translation>Svar på erbjudanden inom 7 dagar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="234" />
        <source>Reply by</source>
        <translation>Svara senast</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="234" />
        <source>Apartment</source>
        <translation>Lägenhet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="236" />
        <source>No offer is waiting for a reply.</source>
        <translation>Inget erbjudande väntar på svar.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="240" />
        <location filename="../../sbdesk/ui/pages/overview.py" line="241" />
        <source>Requests needing a reminder</source>
        <translation>Förfrågningar att påminna om</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="242" />
        <source>Request</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="242" />
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="243" />
        <source>No request is overdue or stalled.</source>
        <translation>Ingen förfrågan är försenad eller har stått still.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="249" />
        <source>Apartments and cases by status</source>
        <translation>Lägenheter och ärenden per status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="309" />
        <source>Could not load the overview</source>
        <translation>Översikten kunde inte hämtas</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="333" />
        <source>Apartments by status</source>
        <translation>Lägenheter per status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="335" />
        <source>Cases by status</source>
        <translation>Ärenden per status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/overview.py" line="338" />
        <source>%n household(s) waiting</source>
        <translation>
            <numerusform>%n hushåll väntar</numerusform>
            <numerusform>%n hushåll väntar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="341" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/overview.py" line="344" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="347" />
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/overview.py" line="347" />
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/overview.py" line="365" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="369" />
        <source>The reply-by date has passed: record the answer or mark the offer expired</source>
        <translation>Svarsdatumet har passerat: registrera svaret eller markera erbjudandet som utgånget</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/overview.py" line="374" />
        <source>Received household</source>
        <translation>Mottaget hushåll</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/overview.py" line="386" />
        <source>Answer %n day(s) late</source>
        <translation>
            <numerusform>Svaret %n dag försenat</numerusform>
            <numerusform>Svaret %n dagar försenat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/overview.py" line="390" />
        <source>No step for %n day(s)</source>
        <translation>
            <numerusform>Inget nytt steg på %n dag</numerusform>
            <numerusform>Inget nytt steg på %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="166" />
        <source>Show or hide: %1</source>
        <translation>Visa eller dölj: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="186" />
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="186" />
        <source>Show</source>
        <translation>Visa</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="202" />
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="203" />
        <source>Repeat passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="206" />
        <source>&amp;Generate passphrase</source>
        <translation>&amp;Generera lösenfras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="208" />
        <source>Generate passphrase</source>
        <translation>Generera lösenfras</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="211" />
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Minst %1 tecken. Några ord som inte hör ihop är lätta att minnas och svåra att gissa.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="217" />
        <source>Write the passphrase down now and keep the note somewhere safe until you know it by heart.</source>
        <translation>Skriv ner lösenfrasen nu och förvara lappen säkert tills du kan den utantill.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="235" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/widgets.py" line="239" />
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="143" />
        <source>Check the rows</source>
        <translation>Granska raderna</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="144" />
        <source>Nothing has been saved yet. Look through the lists, choose what to do, then press Import.</source>
        <translation>Ingenting har sparats ännu. Gå igenom listorna, välj vad som ska göras och tryck sedan på Importera.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="148" />
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="157" />
        <source>Valid rows</source>
        <translation>Giltiga rader</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="157" />
        <location filename="../../sbdesk/ui/import_preview_page.py" line="322" />
        <source>Rows with errors</source>
        <translation>Rader med fel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="158" />
        <source>Duplicates</source>
        <translation>Dubbletter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="161" />
        <source>What to do</source>
        <translation>Vad ska göras?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="166" />
        <source>Rows with errors are never imported: correct them in the file and import it again, or leave them out.</source>
        <translation>Rader med fel importeras aldrig: rätta dem i filen och importera den igen, eller låt dem vara.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/import_preview_page.py" line="192" />
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Kontrollerar %n rad…</numerusform>
            <numerusform>Kontrollerar %n rader…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="228" />
        <source>Stopped. Nothing was saved.</source>
        <translation>Avbrutet. Ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="230" />
        <source>Not imported</source>
        <translation>Inte importerat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="248" />
        <source>%1: %2 rows. Valid: %3 · With errors: %4 · Duplicates of existing records: %5</source>
        <translation>%1: %2 rader. Giltiga: %3 · Med fel: %4 · Dubbletter av befintliga poster: %5</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="253" />
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="256" />
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="258" />
        <source>%1 (default value)</source>
        <translation>%1 (standardvärde)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="261" />
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="261" />
        <source>Problem</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="262" />
        <source>No changes</source>
        <translation>Inga ändringar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="264" />
        <source>Changes on update</source>
        <translation>Ändringar vid uppdatering</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="266" />
        <source>&amp;Valid (%1)</source>
        <translation>&amp;Giltiga (%1)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="267" />
        <source>&amp;Errors (%1)</source>
        <translation>&amp;Fel (%1)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="268" />
        <source>&amp;Duplicates (%1)</source>
        <translation>&amp;Dubbletter (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/import_preview_page.py" line="272" />
        <source>Import the %n valid rows</source>
        <translation>
            <numerusform>Importera %n giltig rad</numerusform>
            <numerusform>Importera de %n giltiga raderna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/import_preview_page.py" line="275" />
        <source>Skip the %n duplicates</source>
        <translation>
            <numerusform>Hoppa över %n dubblett</numerusform>
            <numerusform>Hoppa över de %n dubbletterna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/import_preview_page.py" line="276" />
        <source>Update the existing records from the file (%n with changes)</source>
        <translation>
            <numerusform>Uppdatera de befintliga posterna med filens värden (%n med ändringar)</numerusform>
            <numerusform>Uppdatera de befintliga posterna med filens värden (%n med ändringar)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="282" />
        <source>Duplicates are recognised by: %1</source>
        <translation>Dubbletter känns igen på: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="323" />
        <source>%1 rows have errors and will not be imported. Import the rest?</source>
        <translation>%1 rader har fel och importeras inte. Vill du importera resten?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="330" />
        <source>Importing… (all or nothing: stopping now saves nothing)</source>
        <translation>Importerar… (allt eller inget: avbryter du nu sparas ingenting)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_preview_page.py" line="346" />
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
</context>
<context>
    <name>ProtectionBadge</name>
    <message>
        <location filename="../../sbdesk/ui/badges.py" line="70" />
        <source>Protected personal data: %1</source>
        <translation>Skyddade personuppgifter: %1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="76" />
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="76" />
        <source>Reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="76" />
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="76" />
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="77" />
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="191" />
        <source>Priority queue</source>
        <translation>Förturskö</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="207" />
        <location filename="../../sbdesk/ui/pages/queue.py" line="276" />
        <source>Why is the household here?</source>
        <translation>Varför är hushållet här?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="209" />
        <source>Adjust…</source>
        <translation>Justera…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="210" />
        <source>Move the household up or down, with a reason</source>
        <translation>Flytta hushållet uppåt eller nedåt, med ett skäl</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="212" />
        <source>Open case</source>
        <translation>Öppna ärende</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/queue.py" line="254" />
        <source>%n household(s) in the queue</source>
        <translation>
            <numerusform>%n hushåll i kön</numerusform>
            <numerusform>%n hushåll i kön</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="276" />
        <source>Manual adjustments</source>
        <translation>Manuella justeringar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="278" />
        <source>%1 (%2) is number %3 in the queue with %4 points:</source>
        <translation>%1 (%2) är nummer %3 i kön med %4 poäng:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="296" />
        <source>No household is waiting.</source>
        <translation>Inget hushåll väntar.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/queue.py" line="296" />
        <source>Choose a household.</source>
        <translation>Välj ett hushåll.</translation>
    </message>
</context>
<context>
    <name>ReciprocityTab</name>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="125" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="127" />
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="129" />
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="130" />
        <source>Save the figures as a CSV file for Excel</source>
        <translation>Spara siffrorna som en CSV-fil för Excel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="132" />
        <source>Export XLSX…</source>
        <translation>Exportera XLSX…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="133" />
        <source>Save the figures as an Excel workbook</source>
        <translation>Spara siffrorna som en Excel-arbetsbok</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="146" />
        <source>Reciprocity</source>
        <translation>Ömsesidighet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="159" />
        <source>Requests sent and received per municipality</source>
        <translation>Skickade och mottagna förfrågningar per kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="180" />
        <source>Each figure counts what happened in the year, by the date of the step. Medians are days from sent to the answer and to the move; – means no request to count.</source>
        <translation>Varje siffra räknar det som hände under året, efter datumet för steget. Medianerna är dagar från skickad till svar och till flytt; – betyder att det inte finns någon förfrågan att räkna.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="191" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="191" />
        <source>Municipality or ring</source>
        <translation>Kommun eller ring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="191" />
        <source>Sent</source>
        <translation>Skickade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="191" />
        <source>Received</source>
        <translation>Mottagna</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="192" />
        <source>Accepted
by them</source>
        <translation>Accepterade
av dem</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="192" />
        <source>Accepted
by us</source>
        <translation>Accepterade
av oss</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="192" />
        <source>Moved
to them</source>
        <translation>Flyttade
till dem</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="193" />
        <source>Moved
to us</source>
        <translation>Flyttade
till oss</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="193" />
        <source>Their
commitment</source>
        <translation>Deras
åtagande</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="193" />
        <source>Our
commitment</source>
        <translation>Vårt
åtagande</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="194" />
        <source>Days to answer
(outgoing)</source>
        <translation>Dagar till svar
(utgående)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="194" />
        <source>Days to answer
(incoming)</source>
        <translation>Dagar till svar
(inkommande)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="195" />
        <source>Days to move
(outgoing)</source>
        <translation>Dagar till flytt
(utgående)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="195" />
        <source>Days to move
(incoming)</source>
        <translation>Dagar till flytt
(inkommande)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="229" />
        <source>Requests sent and received per municipality, %1</source>
        <translation>Skickade och mottagna förfrågningar per kommun, %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="231" />
        <source>Sent by us</source>
        <translation>Skickade av oss</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="231" />
        <source>Received from them</source>
        <translation>Mottagna från dem</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="232" />
        <source>No requests sent or received in %1.</source>
        <translation>Inga förfrågningar skickade eller mottagna %1.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="276" />
        <source>Export reciprocity</source>
        <translation>Exportera ömsesidighet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="288" />
        <source>Not exported</source>
        <translation>Inte exporterad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/reciprocity_tab.py" line="290" />
        <source>Saved: %1</source>
        <translation>Sparad: %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sbdesk/ui/forms/record_dialog.py" line="100" />
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/forms/record_dialog.py" line="101" />
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/forms/record_dialog.py" line="151" />
        <source>Choose one of the options in the list.</source>
        <translation>Välj ett av alternativen i listan.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/forms/record_dialog.py" line="202" />
        <source>Not saved</source>
        <translation>Inte sparat</translation>
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
        <location filename="../../sbdesk/ui/registers/register_page.py" line="79" />
        <source>Search… (Ctrl+F)</source>
        <translation>Sök… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="80" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="87" />
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="110" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="111" />
        <source>New record (Ctrl+N)</source>
        <translation>Ny post (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="113" />
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="114" />
        <source>Open the selected record (Enter)</source>
        <translation>Öppna den markerade posten (Enter)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="116" />
        <source>&amp;Archive</source>
        <translation>&amp;Arkivera</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="117" />
        <source>Archive the selected record (Delete)</source>
        <translation>Arkivera den markerade posten (Delete)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/registers/register_page.py" line="177" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="190" />
        <source>%1: all</source>
        <translation>%1: alla</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="256" />
        <source>Bring back %1 from the archive?</source>
        <translation>Vill du ta tillbaka %1 från arkivet?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="256" />
        <source>Archive %1? It is kept but hidden from the lists.</source>
        <translation>Vill du arkivera %1? Posten sparas men visas inte längre i listorna.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="258" />
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="264" />
        <source>Not archived</source>
        <translation>Inte arkiverad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/registers/register_page.py" line="286" />
        <source>Could not load the list</source>
        <translation>Listan kunde inte hämtas</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="44" />
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n vuxen</numerusform>
            <numerusform>%n vuxna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="46" />
        <source>%n child/children</source>
        <translation>
            <numerusform>%n barn</numerusform>
            <numerusform>%n barn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetailPanel</name>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="68" />
        <source>Select a request to see its timeline and next steps.</source>
        <translation>Markera en förfrågan för att se dess tidslinje och nästa steg.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="80" />
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="255" />
        <source>Case:</source>
        <translation>Ärende:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="90" />
        <source>Reason:</source>
        <translation>Skäl:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="96" />
        <source>Housing ring:</source>
        <translation>Bostadsring:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="97" />
        <source>Their reference:</source>
        <translation>Deras diarienummer:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="98" />
        <source>Answer due:</source>
        <translation>Svar senast:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="103" />
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="107" />
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="112" />
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="114" />
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="221" />
        <source>No further steps: the request is finished.</source>
        <translation>Inga fler steg: förfrågan är avslutad.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="126" />
        <source>Open the &amp;case</source>
        <translation>Öppna &amp;ärendet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="127" />
        <source>Open the request's case on the Cases page</source>
        <translation>Öppna förfrågans ärende på sidan Ärenden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="129" />
        <source>Show &amp;identity…</source>
        <translation>Visa &amp;identitet…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="130" />
        <source>The applicant's name and personnummer as the sending municipality gave them (the reading is logged)</source>
        <translation>Den sökandes namn och personnummer som den sändande kommunen lämnade dem (läsningen loggas)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="133" />
        <source>Request &amp;letter…</source>
        <translation>Förfrågnings&amp;brev…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="134" />
        <source>Förfrågan om mottagande to the partner municipality, as a PDF letter</source>
        <translation>Förfrågan om mottagande till samarbetskommunen, som PDF-brev</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="190" />
        <source>Could not open the request</source>
        <translation>Förfrågan kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="202" />
        <source>Request</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="215" />
        <source>Also sent to: %1</source>
        <translation>Skickad även till: %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="220" />
        <source>The request is archived.</source>
        <translation>Förfrågan är arkiverad.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="230" />
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="237" />
        <source>Show identity</source>
        <translation>Visa identitet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="231" />
        <source>Why do you need the applicant's identity? (written to the log)</source>
        <translation>Varför behöver du den sökandes identitet? (skrivs i loggen)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="242" />
        <source>Applicant (logged)</source>
        <translation>Sökande (loggat)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="258" />
        <source>Sent to:</source>
        <translation>Skickad till:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="260" />
        <source>Household:</source>
        <translation>Hushåll:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="261" />
        <source>Received household</source>
        <translation>Mottaget hushåll</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="264" />
        <source>needs %1 rok</source>
        <translation>behöver %1 rok</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="267" />
        <source>Received from:</source>
        <translation>Mottagen från:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="269" />
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="274" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="322" />
        <source>Withdraw the other requests?</source>
        <translation>Dra tillbaka de andra förfrågningarna?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_detail.py" line="323" />
        <source>Withdraw the requests to %1?</source>
        <translation>Dra tillbaka förfrågningarna till %1?</translation>
    </message>
</context>
<context>
    <name>RequestRegister</name>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="67" />
        <source>Search reference, municipality or case… (Ctrl+F)</source>
        <translation>Sök diarienummer, kommun eller ärende… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="83" />
        <source>&amp;New request…</source>
        <translation>&amp;Ny förfrågan…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="84" />
        <source>Ask other municipalities to receive a household (Ctrl+N)</source>
        <translation>Be andra kommuner att ta emot ett hushåll (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="85" />
        <source>Register &amp;incoming…</source>
        <translation>Registrera &amp;inkommen…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="86" />
        <source>Register a request received from another municipality</source>
        <translation>Registrera en förfrågan som kommit från en annan kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="89" />
        <source>Export as file…</source>
        <translation>Exportera som fil…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="90" />
        <source>Export the outgoing request, or the answer to an incoming one, as an encrypted exchange file</source>
        <translation>Exportera den utgående förfrågan, eller svaret på en inkommande, som en krypterad utbytesfil</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="92" />
        <source>Import file…</source>
        <translation>Importera fil…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="93" />
        <source>Import a request or an answer from an exchange file</source>
        <translation>Importera en förfrågan eller ett svar från en utbytesfil</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="117" />
        <source>Requests</source>
        <translation>Förfrågningar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="123" />
        <source>Reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="124" />
        <location filename="../../sbdesk/ui/pages/request_register.py" line="170" />
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="125" />
        <source>Case or household</source>
        <translation>Ärende eller hushåll</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="126" />
        <location filename="../../sbdesk/ui/pages/request_register.py" line="183" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="128" />
        <location filename="../../sbdesk/ui/pages/request_register.py" line="190" />
        <source>Housing ring</source>
        <translation>Bostadsring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="129" />
        <location filename="../../sbdesk/ui/pages/request_register.py" line="172" />
        <location filename="../../sbdesk/ui/pages/request_register.py" line="174" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="130" />
        <source>Sent on</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="131" />
        <source>Received on</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="132" />
        <source>Answer due</source>
        <translation>Svar senast</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/request_register.py" line="133" />
        <source>The answer is %n day(s) overdue</source>
        <translation>
            <numerusform>Svaret är %n dag försenat</numerusform>
            <numerusform>Svaret är %n dagar försenat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="136" />
        <source>Last step</source>
        <translation>Senaste steg</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="160" />
        <source>Received household</source>
        <translation>Mottaget hushåll</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/request_register.py" line="165" />
        <source>%n d late</source>
        <translation>
            <numerusform>%n d sen</numerusform>
            <numerusform>%n d sen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="173" />
        <source>Open requests</source>
        <translation>Pågående förfrågningar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="174" />
        <source>%1: all</source>
        <translation>%1: alla</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="191" />
        <source>Overdue answers only</source>
        <translation>Endast försenade svar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="192" />
        <source>Sent or received requests whose answer is past its due date</source>
        <translation>Skickade eller mottagna förfrågningar vars svar har passerat sista svarsdag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/request_register.py" line="211" />
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n förfrågan</numerusform>
            <numerusform>%n förfrågningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/request_register.py" line="219" />
        <source>%n request(s) awaiting an answer</source>
        <translation>
            <numerusform>%n förfrågan väntar på svar</numerusform>
            <numerusform>%n förfrågningar väntar på svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/request_register.py" line="220" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_register.py" line="340" />
        <source>Could not open the request</source>
        <translation>Förfrågan kunde inte öppnas</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="32" />
        <source>Mark as &amp;sent…</source>
        <translation>Markera som &amp;skickad…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="33" />
        <source>Answer: &amp;accepted…</source>
        <translation>Svar: a&amp;ccepterad…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="34" />
        <source>&amp;Accept the request…</source>
        <translation>A&amp;cceptera förfrågan…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="35" />
        <source>Answer: &amp;declined…</source>
        <translation>Svar: a&amp;vböjd…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="36" />
        <source>D&amp;ecline the request…</source>
        <translation>A&amp;vböj förfrågan…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="37" />
        <source>Apartment &amp;found…</source>
        <translation>&amp;Lägenhet hittad…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="38" />
        <source>Household &amp;moved…</source>
        <translation>Hushållet har &amp;flyttat…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="39" />
        <source>&amp;Close the request…</source>
        <translation>Avs&amp;luta förfrågan…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="40" />
        <source>&amp;Withdraw…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="43" />
        <source>The request has been sent; the answer's due date follows</source>
        <translation>Förfrågan har skickats; sista svarsdag räknas från det datumet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="44" />
        <source>The other municipality accepts to receive the household</source>
        <translation>Den andra kommunen accepterar att ta emot hushållet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="45" />
        <source>We accept to receive the household</source>
        <translation>Vi accepterar att ta emot hushållet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="46" />
        <source>The other municipality declines (a reason is required)</source>
        <translation>Den andra kommunen avböjer (skäl krävs)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="47" />
        <source>We decline the request (a reason is required)</source>
        <translation>Vi avböjer förfrågan (skäl krävs)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="48" />
        <source>An apartment has been found for the household</source>
        <translation>En lägenhet har hittats till hushållet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="49" />
        <source>The household has moved (verkställd)</source>
        <translation>Hushållet har flyttat (verkställd)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="50" />
        <source>Follow-up done: the request is closed</source>
        <translation>Uppföljningen är gjord: förfrågan avslutas</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="51" />
        <source>The request is withdrawn (a reason is required)</source>
        <translation>Förfrågan återkallas (skäl krävs)</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../sbdesk/ui/pages/requests.py" line="24" />
        <source>Housing rings and requests</source>
        <translation>Bostadsringar och förfrågningar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/requests.py" line="30" />
        <source>Requests</source>
        <translation>Förfrågningar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/requests.py" line="31" />
        <source>Housing rings</source>
        <translation>Bostadsringar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/requests.py" line="32" />
        <source>Reciprocity</source>
        <translation>Ömsesidighet</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="64" />
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="72" />
        <source>The municipality keeps everything according to its document plan, so no case is purged. The setting is under Settings → Retention.</source>
        <translation>Kommunen bevarar allt enligt sin dokumenthanteringsplan, så inga ärenden gallras. Inställningen finns under Inställningar → Gallring.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="78" />
        <source>No closed case is due for purging today.</source>
        <translation>Inga avslutade ärenden ska gallras i dag.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="81" />
        <source>Reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="81" />
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="81" />
        <source>Last entry</source>
        <translation>Senaste anteckning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="82" />
        <source>Due for purging</source>
        <translation>Kan gallras från</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="82" />
        <source>Purge by</source>
        <translation>Gallras senast</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="85" />
        <source>Cases due for purging</source>
        <translation>Ärenden att gallra</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="99" />
        <source>&amp;Purge selected…</source>
        <translation>&amp;Gallra markerade…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="100" />
        <source>Remove the personal data of the selected cases (asks first)</source>
        <translation>Ta bort personuppgifterna i de markerade ärendena (frågar först)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="102" />
        <source>&amp;Exempt from purging…</source>
        <translation>&amp;Undanta från gallring…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="103" />
        <source>Keep the selected case, with the document plan's reason</source>
        <translation>Bevara det markerade ärendet, med skälet i dokumenthanteringsplanen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="106" />
        <source>Received requests that ended longer ago than the retention period: what the other municipality told about its household</source>
        <translation>Mottagna förfrågningar som avslutades för längre sedan än bevarandetiden: det den andra kommunen berättade om sitt hushåll</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="110" />
        <source>Select &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/retention.py" line="152" />
        <source>Purge %n received request(s)…</source>
        <translation>
            <numerusform>Gallra %n mottagen förfrågan…</numerusform>
            <numerusform>Gallra %n mottagna förfrågningar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/retention.py" line="159" />
        <source>Closed cases are purged %n year(s) after the last entry, at the latest by the end of the following year.</source>
        <translation>
            <numerusform>Avslutade ärenden gallras %n år efter den sista anteckningen, senast vid utgången av året därpå.</numerusform>
            <numerusform>Avslutade ärenden gallras %n år efter den sista anteckningen, senast vid utgången av året därpå.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="161" />
        <source>The municipality's document plan decides what is purged and what is kept; the settings are under Settings → Retention.</source>
        <translation>Kommunens dokumenthanteringsplan avgör vad som gallras och vad som bevaras; inställningarna finns under Inställningar → Gallring.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="165" />
        <source>Cases where someone was born on day %1 of a month are kept (research sample).</source>
        <translation>Ärenden där någon är född dag %1 i månaden bevaras (forskningsurval).</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="190" />
        <source>%1 – overdue</source>
        <translation>%1 – försenad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="203" />
        <source>No purging: the municipality keeps everything</source>
        <translation>Ingen gallring: kommunen bevarar allt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/retention.py" line="205" />
        <source>%n case(s) to purge</source>
        <translation>
            <numerusform>%n ärende att gallra</numerusform>
            <numerusform>%n ärenden att gallra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/retention.py" line="247" />
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/retention.py" line="249" />
        <source>Purge %n case(s): %1?</source>
        <translation>
            <numerusform>Vill du gallra %n ärende: %1?</numerusform>
            <numerusform>Vill du gallra %n ärenden: %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="250" />
        <source>Removed for good: the names, personal identity numbers and contact details (address, phone, e-mail) of everyone in the household, the consents, and the free text (notes, wishes, excluded areas, school and preschool) with the lists of excluded and wished municipalities.</source>
        <translation>Tas bort för gott: namn, personnummer och kontaktuppgifter (adress, telefon, e-post) för alla i hushållet, samtyckena och fritexten (anteckningar, önskemål, spärrområden, skola och förskola) med listorna över spärrade och önskade kommuner.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="253" />
        <source>Kept: anonymous figures for the yearly report – status, dates, household roles and birth years, protection and risk level.</source>
        <translation>Sparas: anonyma uppgifter för årsrapporten – status, datum, roller och födelseår i hushållet, skyddsnivå och risknivå.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="255" />
        <source>This cannot be undone.</source>
        <translation>Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="264" />
        <location filename="../../sbdesk/ui/pages/retention.py" line="270" />
        <source>Purge cases</source>
        <translation>Gallra ärenden</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="269" />
        <location filename="../../sbdesk/ui/pages/retention.py" line="306" />
        <source>Retention %1</source>
        <translation>Gallring %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="270" />
        <source>Reason (written to the log):</source>
        <translation>Skäl (skrivs i loggen):</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="275" />
        <location filename="../../sbdesk/ui/pages/retention.py" line="282" />
        <location filename="../../sbdesk/ui/pages/retention.py" line="308" />
        <source>Not purged</source>
        <translation>Inte gallrat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="276" />
        <source>Give a reason for the purge; nothing was purged.</source>
        <translation>Ange ett skäl till gallringen; inget har gallrats.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="294" />
        <source>Purge received requests</source>
        <translation>Gallra mottagna förfrågningar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/retention.py" line="295" />
        <source>%n received request(s) ended longer ago than the retention period. What the other municipality told about the household (description, needs, support, birth years, contact) is removed; the dates and the number of adults and children stay for the statistics. This cannot be undone.</source>
        <translation>
            <numerusform>%n mottagen förfrågan avslutades för längre sedan än bevarandetiden. Det den andra kommunen berättade om hushållet (beskrivning, behov, stöd, födelseår, kontakt) tas bort; datumen och antalet vuxna och barn finns kvar för statistiken. Det går inte att ångra.</numerusform>
            <numerusform>%n mottagna förfrågningar avslutades för längre sedan än bevarandetiden. Det den andra kommunen berättade om hushållen (beskrivning, behov, stöd, födelseår, kontakt) tas bort; datumen och antalet vuxna och barn finns kvar för statistiken. Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/retention.py" line="311" />
        <source>%n received request(s) purged.</source>
        <translation>
            <numerusform>%n mottagen förfrågan gallrades.</numerusform>
            <numerusform>%n mottagna förfrågningar gallrades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/retention.py" line="316" />
        <source>%n case(s) purged.</source>
        <translation>
            <numerusform>%n ärende är gallrat.</numerusform>
            <numerusform>%n ärenden är gallrade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="323" />
        <source>Backups not renewed</source>
        <translation>Säkerhetskopiorna förnyades inte</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="324" />
        <source>The older backups could not be replaced and may still hold the removed data. Make a new backup and delete the older ones in %1.</source>
        <translation>De äldre säkerhetskopiorna kunde inte ersättas och kan fortfarande innehålla de borttagna uppgifterna. Gör en ny säkerhetskopia och ta bort de äldre i %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/retention.py" line="328" />
        <source>Older backups that still held the removed data (%n file(s)) were replaced by a new backup in %1.</source>
        <translation>
            <numerusform>En äldre säkerhetskopia som fortfarande innehöll de borttagna uppgifterna har ersatts av en ny säkerhetskopia i %1.</numerusform>
            <numerusform>%n äldre säkerhetskopior som fortfarande innehöll de borttagna uppgifterna har ersatts av en ny säkerhetskopia i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="331" />
        <source>A new backup without the removed data was made in %1.</source>
        <translation>En ny säkerhetskopia utan de borttagna uppgifterna har gjorts i %1.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="332" />
        <source>Purged</source>
        <translation>Gallrat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="341" />
        <source>Exempt from purging</source>
        <translation>Undanta från gallring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="342" />
        <source>Why is %1 kept? Give the document plan's reason (e.g. its section number):</source>
        <translation>Varför ska %1 bevaras? Ange skälet i dokumenthanteringsplanen (t.ex. punktens nummer):</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/retention.py" line="349" />
        <source>Not exempted</source>
        <translation>Inte undantaget</translation>
    </message>
</context>
<context>
    <name>RingsTab</name>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="46" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="67" />
        <source>Housing rings</source>
        <translation>Bostadsringar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="47" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="68" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="123" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="204" />
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="53" />
        <source>&amp;New ring…</source>
        <translation>&amp;Ny ring…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="53" />
        <source>A new housing ring or bilateral agreement</source>
        <translation>En ny bostadsring eller ett bilateralt avtal</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="55" />
        <source>&amp;Edit ring…</source>
        <translation>Ä&amp;ndra ring…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="55" />
        <source>Change the selected ring (Enter)</source>
        <translation>Ändra den markerade ringen (Enter)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="57" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="223" />
        <source>&amp;Archive ring…</source>
        <translation>&amp;Arkivera ring…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="57" />
        <source>Archive the selected ring</source>
        <translation>Arkivera den markerade ringen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="59" />
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="61" />
        <source>A&amp;dd municipality…</source>
        <translation>Lägg till &amp;kommun…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="61" />
        <source>Add a member municipality</source>
        <translation>Lägg till en medlemskommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="63" />
        <source>Edit &amp;membership…</source>
        <translation>Ändra &amp;medlemskap…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="64" />
        <source>Change the selected membership (Enter)</source>
        <translation>Ändra det markerade medlemskapet (Enter)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="65" />
        <source>E&amp;nd membership…</source>
        <translation>A&amp;vsluta medlemskap…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="66" />
        <source>Record that the municipality left the ring</source>
        <translation>Registrera att kommunen lämnade ringen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="120" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="233" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="121" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="234" />
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="122" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="235" />
        <source>Coordinated by</source>
        <translation>Samordnas av</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="124" />
        <source>Commitments (households/year)</source>
        <translation>Åtaganden (hushåll/år)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="126" />
        <source>The yearly commitments of the current members together</source>
        <translation>De nuvarande medlemmarnas årliga åtaganden tillsammans</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="127" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="237" />
        <source>Agreement document</source>
        <translation>Samverkansdokument</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="133" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="287" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="134" />
        <source>Joined</source>
        <translation>Gick med</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="135" />
        <source>Left</source>
        <translation>Lämnade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="136" />
        <source>Households/year</source>
        <translation>Hushåll/år</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="137" />
        <source>Households the municipality has committed to receive a year</source>
        <translation>Hushåll som kommunen har åtagit sig att ta emot per år</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="138" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="292" />
        <source>Contact person (operational)</source>
        <translation>Kontaktperson (operativ)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="139" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="142" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="140" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="143" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="141" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="295" />
        <source>Liaison (manager)</source>
        <translation>Samverkansperson (chef)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="205" />
        <source>Select a ring to see its member municipalities.</source>
        <translation>Markera en ring för att se dess medlemskommuner.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="207" />
        <source>Members of %1</source>
        <translation>Medlemmar i %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="209" />
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n nuvarande medlem</numerusform>
            <numerusform>%n nuvarande medlemmar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="211" />
        <source>coordinated by %1</source>
        <translation>samordnas av %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="213" />
        <source>archived</source>
        <translation>arkiverad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="222" />
        <source>&amp;Bring back ring…</source>
        <translation>&amp;Återta ring…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="233" />
        <source>e.g. Länskompott Västmanland</source>
        <translation>t.ex. Länskompott Västmanland</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="236" />
        <source>A municipality code (e.g. 1980) or the name of who coordinates the ring</source>
        <translation>En kommunkod (t.ex. 1980) eller namnet på den som samordnar ringen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="238" />
        <source>Where the samverkansdokument is kept, e.g. its diary number</source>
        <translation>Var samverkansdokumentet finns, t.ex. dess diarienummer</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="239" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="298" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="260" />
        <source>New housing ring</source>
        <translation>Ny bostadsring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="260" />
        <source>Housing ring %1</source>
        <translation>Bostadsring %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="268" />
        <source>Bring back the ring %1?</source>
        <translation>Vill du ta tillbaka ringen %1?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="269" />
        <source>Archive the ring %1? Its requests keep pointing at it, and it can be brought back.</source>
        <translation>Vill du arkivera ringen %1? Dess förfrågningar behåller kopplingen, och ringen kan tas tillbaka.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="270" />
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="276" />
        <source>Not archived</source>
        <translation>Inte arkiverad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="289" />
        <source>Joined on</source>
        <translation>Gick med</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="290" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="332" />
        <source>Left on</source>
        <translation>Lämnade</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="291" />
        <source>Commitment (households per year)</source>
        <translation>Åtagande (hushåll per år)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="293" />
        <source>Contact person's phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="294" />
        <source>Contact person's e-mail</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="294" />
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="297" />
        <source>name@example.se</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="296" />
        <source>Liaison's phone</source>
        <translation>Samverkanspersonens telefon</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="297" />
        <source>Liaison's e-mail</source>
        <translation>Samverkanspersonens e-post</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="306" />
        <source>Add a municipality to %1</source>
        <translation>Lägg till en kommun i %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="318" />
        <source>Membership of %1</source>
        <translation>Medlemskap för %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="334" />
        <source>End membership</source>
        <translation>Avsluta medlemskap</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/rings_tab.py" line="336" />
        <source>%1 leaves the ring. The membership and its history are kept.</source>
        <translation>%1 lämnar ringen. Medlemskapet och dess historik sparas.</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="138" />
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="139" />
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="139" />
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="139" />
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="139" />
        <source>Based on</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_views.py" line="140" />
        <source>Last year</source>
        <translation>Föregående år</translation>
    </message>
</context>
<context>
    <name>SendOfferDialog</name>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="46" />
        <source>Reply by</source>
        <translation>Svara senast</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="48" />
        <source>Send offer</source>
        <translation>Skicka erbjudande</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="51" />
        <source>The household is offered %1 and answers by the date below.</source>
        <translation>Hushållet erbjuds %1 och ska svara senast det datum som anges nedan.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="66" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="89" />
        <source>You chose another municipality. Check the official name: it is not changed for you.</source>
        <translation>Du har valt en annan kommun. Kontrollera kommunens officiella namn – det ändras inte av sig självt.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="98" />
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="99" />
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="179" />
        <source>Type to search, e.g. Väst</source>
        <translation>Skriv för att söka, t.ex. Väst</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="191" />
        <source>Beside the database</source>
        <translation>Bredvid databasen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="192" />
        <source>B&amp;rowse…</source>
        <translation>B&amp;läddra…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="193" />
        <location filename="../../sbdesk/ui/settings_dialog.py" line="196" />
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="211" />
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="212" />
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="213" />
        <source>Choose a logo file</source>
        <translation>Välj en fil med logotypen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="216" />
        <source>Logo preview</source>
        <translation>Förhandsvisning av logotypen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="229" />
        <location filename="../../sbdesk/ui/settings_dialog.py" line="374" />
        <source>Keyring</source>
        <translation>Nyckelring</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="235" />
        <source>With the keyring on, sbdesk opens without the passphrase for your login on this computer. The data is then protected only by your login and the screen lock, so lock the screen whenever you leave. After Lock (Ctrl+L) the passphrase is always asked for. The change takes effect at once.</source>
        <translation>Med nyckelringen på öppnas sbdesk utan lösenfras när du är inloggad på den här datorn. Uppgifterna skyddas då bara av din inloggning och skärmlåset, så lås skärmen varje gång du går ifrån. Efter Lås (Ctrl+L) efterfrågas alltid lösenfrasen. Ändringen gäller direkt.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="250" />
        <location filename="../../sbdesk/ui/settings_dialog.py" line="253" />
        <location filename="../../sbdesk/ui/settings_dialog.py" line="358" />
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="254" />
        <source>&amp;Open in file manager</source>
        <translation>&amp;Öppna i filhanteraren</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="257" />
        <source>The encrypted database %1 and its key file %2 are kept here. Back up both; without the key file the database cannot be opened.</source>
        <translation>Här ligger den krypterade databasen %1 och dess nyckelfil %2. Säkerhetskopiera båda; utan nyckelfilen går databasen inte att öppna.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="341" />
        <source>Choose a logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="341" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="363" />
        <source>On: sbdesk opens with the keyring on this computer.</source>
        <translation>På: sbdesk öppnas med nyckelringen på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="364" />
        <source>Off: the passphrase is asked for every time sbdesk starts.</source>
        <translation>Av: lösenfrasen efterfrågas varje gång sbdesk startar.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="366" />
        <source>Turn o&amp;ff</source>
        <translation>Slå &amp;av</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="366" />
        <source>Turn &amp;on…</source>
        <translation>Slå &amp;på…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="368" />
        <source>Turn off keyring unlock</source>
        <translation>Slå av upplåsning med nyckelringen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="368" />
        <source>Turn on keyring unlock</source>
        <translation>Slå på upplåsning med nyckelringen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="374" />
        <source>Give your passphrase to turn on keyring unlock:</source>
        <translation>Ange din lösenfras för att slå på upplåsning med nyckelringen:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="394" />
        <location filename="../../sbdesk/ui/settings_dialog.py" line="399" />
        <source>Keyring not turned on</source>
        <translation>Nyckelringen slogs inte på</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="400" />
        <source>sbdesk keeps asking for the passphrase, as before.</source>
        <translation>sbdesk fortsätter att fråga efter lösenfrasen, som förut.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/settings_dialog.py" line="426" />
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="43" />
        <source>New record on the page you are on</source>
        <translation>Ny post på sidan du är på</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="44" />
        <source>Search on the page you are on</source>
        <translation>Sök på sidan du är på</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="45" />
        <source>Open the selected record</source>
        <translation>Öppna den markerade posten</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="46" />
        <source>Archive the selected record (asks first)</source>
        <translation>Arkivera den markerade posten (frågar först)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="47" />
        <source>Save the form</source>
        <translation>Spara formuläret</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="48" />
        <source>Close the form (asks about unsaved changes)</source>
        <translation>Stäng formuläret (frågar om osparade ändringar)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="49" />
        <source>Lock sbdesk (the passphrase opens it again)</source>
        <translation>Lås sbdesk (lösenfrasen öppnar det igen)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="50" />
        <source>Exit sbdesk</source>
        <translation>Avsluta sbdesk</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="51" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="52" />
        <source>User guide</source>
        <translation>Användarguide</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="122" />
        <location filename="../../sbdesk/ui/help.py" line="126" />
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="125" />
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/help.py" line="125" />
        <source>What it does</source>
        <translation>Vad som händer</translation>
    </message>
</context>
<context>
    <name>SignOfferDialog</name>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="108" />
        <source>Contract signed on</source>
        <translation>Kontraktet skrevs</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="109" />
        <source>Contract type</source>
        <translation>Kontraktsform</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="111" />
        <source>Contract signed</source>
        <translation>Kontrakt skrivet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="114" />
        <source>The contract for %1 is signed: the household is housed and the apartment let.</source>
        <translation>Kontraktet för %1 är skrivet: hushållet får stadigvarande boende och lägenheten blir uthyrd.</translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <location filename="../../sbdesk/ui/start_flow.py" line="133" />
        <source>Make a new recovery key</source>
        <translation>Skapa en ny återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/start_flow.py" line="134" />
        <source>A change of the database key was interrupted last time and has now been finished. The recovery key you printed before no longer opens the database. Make a new one now and keep it safe.</source>
        <translation>Ett byte av databasens nyckel avbröts förra gången och har nu slutförts. Den återställningsnyckel du skrev ut tidigare öppnar inte längre databasen. Skapa en ny nu och förvara den säkert.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="88" />
        <source>Date of the step</source>
        <translation>Datum för steget</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="91" />
        <source>Reason (written to the log)</source>
        <translation>Skäl (skrivs i loggen)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="92" />
        <source>Note on the step</source>
        <translation>Anteckning till steget</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="94" />
        <source>Request %1: %2</source>
        <translation>Förfrågan %1: %2</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="100" />
        <source>Record the step ”%1” for the request to %2.</source>
        <translation>Registrera steget ”%1” för förfrågan till %2.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="101" />
        <source>Record the step ”%1” for the request from %2.</source>
        <translation>Registrera steget ”%1” för förfrågan från %2.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="104" />
        <source>The previous step was taken on %1.</source>
        <translation>Föregående steg togs %1.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/request_step_dialog.py" line="107" />
        <source>The requests to %1 are withdrawn at the same time.</source>
        <translation>Förfrågningarna till %1 dras tillbaka samtidigt.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="154" />
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="157" />
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="158" />
        <source>&amp;Save report…</source>
        <translation>&amp;Spara rapport…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="159" />
        <source>Save what happened to each row as a CSV file</source>
        <translation>Spara vad som hände med varje rad som en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="177" />
        <source>imported</source>
        <translation>importerad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="177" />
        <source>updated</source>
        <translation>uppdaterad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="177" />
        <source>skipped</source>
        <translation>hoppades över</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="178" />
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="180" />
        <source>Everything you chose was saved in one go. The log holds one entry for the import.</source>
        <translation>Allt du valde sparades på en gång. Loggen har en post för importen.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="183" />
        <source>Nothing was changed: every row was skipped or had errors.</source>
        <translation>Ingenting ändrades: alla rader hoppades över eller hade fel.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="184" />
        <source>Imported: %1   Updated: %2   Skipped: %3   With errors (not imported): %4</source>
        <translation>Importerade: %1   Uppdaterade: %2   Hoppades över: %3   Med fel (inte importerade): %4</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="188" />
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="188" />
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="188" />
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="199" />
        <source>Save the import report</source>
        <translation>Spara importrapporten</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="200" />
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="207" />
        <source>Report not saved</source>
        <translation>Rapporten sparades inte</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/import_wizard.py" line="209" />
        <source>The report was saved: %1</source>
        <translation>Rapporten sparades: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="43" />
        <source>Letter templates</source>
        <translation>Brevmallar</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="46" />
        <source>Letter kinds</source>
        <translation>Brevtyper</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="55" />
        <source>Template text</source>
        <translation>Mallens text</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="61" />
        <source># heading · - bullet · blank line: new paragraph · % comment (not printed) · {field}: merge field. A line whose merge fields are all empty is left out.</source>
        <translation># rubrik · - punkt i lista · tom rad: nytt stycke · % kommentar (skrivs inte ut) · {fält}: kopplingsfält. En rad vars kopplingsfält alla är tomma skrivs inte ut.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="66" />
        <source>Merge field</source>
        <translation>Kopplingsfält</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="66" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="67" />
        <source>Merge fields</source>
        <translation>Kopplingsfält</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="78" />
        <source>&amp;Insert field</source>
        <translation>&amp;Infoga fält</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="79" />
        <source>Insert the selected merge field at the cursor (or double-click it)</source>
        <translation>Infoga det markerade kopplingsfältet vid markören (eller dubbelklicka på det)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="82" />
        <source>&amp;Reset to default…</source>
        <translation>&amp;Återställ standardtext…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="83" />
        <source>Replace the municipality's text with sbdesk's Swedish default</source>
        <translation>Ersätt kommunens text med sbdesks svenska standardtext</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="86" />
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="87" />
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="100" />
        <source>Merge fields of this letter:</source>
        <translation>Kopplingsfält i det här brevet:</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="139" />
        <source>Sbdesk's default text</source>
        <translation>sbdesks standardtext</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="139" />
        <source>The municipality's own text</source>
        <translation>Kommunens egen text</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="202" />
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="214" />
        <source>Reset to default</source>
        <translation>Återställ standardtext</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="215" />
        <source>Replace the text of '%1' with sbdesk's default? The municipality's own text is removed.</source>
        <translation>Ersätta texten för ”%1” med sbdesks standardtext? Kommunens egen text tas bort.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/templates_dialog.py" line="223" />
        <source>Not reset</source>
        <translation>Inte återställt</translation>
    </message>
</context>
<context>
    <name>UnfreezeDialog</name>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="48" />
        <source>Reason (written to the log)</source>
        <translation>Skäl (skrivs i loggen)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="50" />
        <source>Unfreeze %1</source>
        <translation>Lås upp %1</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/pages/grant_report.py" line="52" />
        <source>The figures frozen for %1 are what was reported. Opened again, they follow the recorded data and can be changed.</source>
        <translation>De frysta siffrorna för %1 är de som rapporterades. När året låses upp följer siffrorna de registrerade uppgifterna igen och kan ändras.</translation>
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
    <name>WhyNotPanel</name>
    <message>
        <location filename="../../sbdesk/ui/why_not.py" line="56" />
        <source>Why is a household not listed?</source>
        <translation>Varför finns inte ett hushåll med?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/why_not.py" line="57" />
        <source>Why is an apartment not listed?</source>
        <translation>Varför finns inte en lägenhet med?</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/why_not.py" line="65" />
        <source>Type a reference or pseudonym…</source>
        <translation>Skriv ärendenummer eller pseudonym…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/why_not.py" line="66" />
        <source>Type an address…</source>
        <translation>Skriv en adress…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/why_not.py" line="73" />
        <source>E&amp;xplain</source>
        <translation>&amp;Förklara</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/why_not.py" line="78" />
        <source>Rules that stop the match</source>
        <translation>Regler som stoppar matchningen</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/why_not.py" line="97" />
        <source>Choose from the list first.</source>
        <translation>Välj i listan först.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/why_not.py" line="108" />
        <source>No rule is broken: the pair may match. It is listed above when the household is waiting and the apartment is available or planned.</source>
        <translation>Ingen regel bryts: paret kan matchas. Det visas i listan ovan när hushållet väntar och lägenheten är ledig eller planerad.</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/why_not.py" line="112" />
        <source>The match is stopped by:</source>
        <translation>Matchningen stoppas av:</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="63" />
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="64" />
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/consents_dialog.py" line="67" />
        <source>The consent to share information with %1 is withdrawn. Letters to the recipient will need a new consent.</source>
        <translation>Samtycket till att lämna uppgifter till %1 återkallas. Brev till mottagaren kräver ett nytt samtycke.</translation>
    </message>
</context>
<context>
    <name>WithdrawOfferDialog</name>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="124" />
        <source>Reason (written to the log)</source>
        <translation>Skäl (skrivs i loggen)</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="126" />
        <source>Withdraw offer</source>
        <translation>Återkalla erbjudandet</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/offer_dialog.py" line="129" />
        <source>The offer of %1 is withdrawn. The apartment becomes available again.</source>
        <translation>Erbjudandet om %1 återkallas. Lägenheten blir ledig igen.</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="71" />
        <source>&amp;Save file…</source>
        <translation>&amp;Spara fil…</translation>
    </message>
    <message>
        <location filename="../../sbdesk/ui/exchange_dialog.py" line="111" />
        <source>No file saved</source>
        <translation>Ingen fil sparad</translation>
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