<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <source>Autosaving</source>
        <extracomment>the .venue snapshot the venue&apos;s name the file it was opened from (&quot;&quot; for none) ISO date and time of the snapshot (local time)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorForm</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons per car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (scenario)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextForm</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElementForm</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvacuationPanel</name>
    <message>
        <source>Time to get out (s)</source>
        <extracomment>Grid step of the heat map, metres.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Evacuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the selected exit (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the evacuation to see the time to get out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the evacuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time: %1 (%2), %3 persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is blocked: this is the plain venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain venue: %1 · this scenario: %2 · difference: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an opening or a stair to block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue changed: run the evacuation again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Briefing Pack</source>
        <extracomment>Resolution of the preview of page 1, dots per inch (an A4 page: 330 x 470 pixels).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans of the levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted (leave out sensitive assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Briefing Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of page 1 (%1 pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Venues and plans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue projects (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: %2 levels, %3 spaces, %4 openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the venue as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes made to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (not understood): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportCounts</name>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n level</numerusform>
            <numerusform>%n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n space</numerusform>
            <numerusform>%n spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n opening</numerusform>
            <numerusform>%n openings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s)</source>
        <translation>
            <numerusform>%n exit</numerusform>
            <numerusform>%n exits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stair(s), lift(s) or ramp(s)</source>
        <translation>
            <numerusform>%n stair, lift or ramp</numerusform>
            <numerusform>%n stairs, lifts or ramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n marker</numerusform>
            <numerusform>%n markers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n context mesh(es)</source>
        <translation>
            <numerusform>%n context mesh</numerusform>
            <numerusform>%n context meshes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Select an element in the view or the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job that ends sooner than this shows no dialog (milliseconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue Planner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dressing room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stair hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rally point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire alarm panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas valve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water valve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set capacity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set use of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set width of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set kind of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock or unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place marker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move marker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete marker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit marker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename route to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete route %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelForm</name>
    <message>
        <source>Elevation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Venue</source>
        <extracomment>Radius given to a new hazard zone, metres (the user adjusts it in the inspector).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure: click two points on the floors. Esc to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place marker: click a floor, or the ground outside. Esc to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkerForm</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a format Venue Planner reads.
Known formats: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue Planner hit an internal error. Your work is kept: save it under a new name, and send the details below to the support team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningForm</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear width (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked in the building: never part of a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in the active scenario only: the building is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Intervention team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Play</source>
        <extracomment>Speeds offered, times real time. Timer period, milliseconds (25 frames a second at most; a slow frame only makes steps longer). Slider steps over the route&apos;s time. The camera&apos;s place behind the walker and above it, and how far ahead it looks, metres.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a route in the Routes panel to rehearse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Kind</source>
        <extracomment>Wait this long after the last change before validating again (milliseconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the venue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPanels</name>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Briefing Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a venue first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutesPanel</name>
    <message>
        <source>ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this route in the project (its start, target, profile and what it avoids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id, or x,y@level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the element selected in the tree or the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the start or target in the 3D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the route&apos;s end in the 3D view. Esc to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length %1, time %2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(its request is kept: it is computed again as the fastest route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue changed while the routes were computed: compute them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes are being computed: wait for them, or cancel, before showing a saved route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not computed: its profile %2 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not computed: its scenario %2 is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedRoutes</name>
    <message>
        <source>Click a saved route to compute it again and show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avoiding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the route:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used when Venue Planner is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave unsaved work every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpaceForm</name>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <source>Filter by name or id</source>
        <extracomment>The tree&apos;s top-level categories, in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stairs, lifts and ramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>to outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete marker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>the id is used by {n} elements</source>
        <extracomment>Every message template of :mod:`models.validate` (a test checks that none is missing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id holds a control or invisible character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {field} hold a value that is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue has no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue has no space: nothing can be routed or evacuated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height {height} m is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space is on this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its level {level!r} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its footprint has fewer than 3 corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its area is {area:.3f} m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its footprint is not a simple polygon ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {value} is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{occupants} persons on {area:.1f} m² is more than {density:g} p/m² (at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps space {other!r} by {area:.2f} m² on level {level!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear width {width} m is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it joins no space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must join one or two spaces, not {spaces}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it joins space {space!r}, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is on level {level!r} but space {space!r} is on {space_level!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {distance:.2f} m from the outline of space {space!r} (more than {reach} m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its clear width {width:.2f} m exceeds the {wall:.2f} m wall of space {space!r} it stands in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it runs {past:.2f} m past the end of the {wall:.2f} m wall of space {space!r} it stands in (its centre is {to_end:.2f} m from one end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it leads outside from {space!r} but stands on the wall of space {other!r}; if it joins the two, list both spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width {width} m is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has {n} landing(s), needs at least 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two of its landings are on the same level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landing {n} is on level {level!r}, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landing {n} is in space {space!r}, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landing {n} is on level {level!r} but its space {space!r} is on {space_level!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landing {n} at {position} is in a hole (column, void) of its space {space!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landing {n} at {position} is {distance:.2f} m outside its space {space!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {value} m is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riser {riser:.3f} m is above 0.25 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>car capacity {capacity} is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed {speed} m/s is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radius {radius} m is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} at {position} is in no space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a face refers to a vertex that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vertex is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue has no exit (no opening leads outside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space of this level can reach an exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no opening or connector leads out of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exit can be reached from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>north angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elevation and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position and width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width, riser, going and speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position and radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Viewport</name>
    <message>
        <source>Loading the 3D view…</source>
        <extracomment>What :meth:`Viewport.load` imports: VTK, pyvista and matplotlib, about 1.5 s. Frames slower than this leave the context geometry out while the camera moves (milliseconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D view could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Open…</source>
        <extracomment>The explode slider&apos;s range, metres of extra gap between levels. &quot;Explode levels&quot; toggles between 0 and this gap, metres.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3D View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explode Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space &amp;Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Venue Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Only Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> View: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Explode: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra gap between levels, metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Save a screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Venue Planner %1&lt;/h3&gt;&lt;p&gt;Venue models, access and evacuation routes, and briefing packs for police and rescue units preparing interventions in public venues.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Venue Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue Planner did not close properly. Unsaved work on %1 was kept (%2). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved work: save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
