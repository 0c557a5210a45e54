<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <source>Autosaving</source>
        <extracomment>the .venue snapshot the venue&apos;s name the file it was opened from (&quot;&quot; for none) ISO date and time of the snapshot (local time)</extracomment>
        <translation>Sauvegarde automatique</translation>
    </message>
</context>
<context>
    <name>ConnectorForm</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Persons per car</source>
        <translation>Personnes par cabine</translation>
    </message>
    <message>
        <source>Blocked (scenario)</source>
        <translation>Bloquée (scénario)</translation>
    </message>
</context>
<context>
    <name>ContextForm</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Triangles</source>
        <translation>Triangles</translation>
    </message>
</context>
<context>
    <name>ElementForm</name>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>EvacuationPanel</name>
    <message>
        <source>Time to get out (s)</source>
        <extracomment>Grid step of the heat map, metres.</extracomment>
        <translation>Temps pour sortir (s)</translation>
    </message>
    <message>
        <source>Run Evacuation</source>
        <translation>Lancer l&apos;évacuation</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Block the selected exit (undoable)</source>
        <translation>Bloquer la sortie sélectionnée (annulable)</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Run the evacuation to see the time to get out.</source>
        <translation>Lancez l&apos;évacuation pour voir le temps pour sortir.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>First out</source>
        <translation>Premier sorti</translation>
    </message>
    <message>
        <source>Last out</source>
        <translation>Dernier sorti</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Goulet</translation>
    </message>
    <message>
        <source>Peak queue</source>
        <translation>File maximale</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente maximale</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Goulets</translation>
    </message>
    <message>
        <source>Running the evacuation</source>
        <translation>Calcul de l&apos;évacuation</translation>
    </message>
    <message>
        <source>Total time: %1 (%2), %3 persons</source>
        <translation>Durée totale : %1 (%2), %3 personnes</translation>
    </message>
    <message>
        <source>Nothing is blocked: this is the plain venue.</source>
        <translation>Rien n&apos;est bloqué : c&apos;est l&apos;établissement sans blocage.</translation>
    </message>
    <message>
        <source>Plain venue: %1 · this scenario: %2 · difference: %3</source>
        <translation>Établissement sans blocage : %1 · ce scénario : %2 · écart : %3</translation>
    </message>
    <message>
        <source>Select an opening or a stair to block.</source>
        <translation>Sélectionnez une ouverture ou un escalier à bloquer.</translation>
    </message>
    <message>
        <source>The venue changed: run the evacuation again.</source>
        <translation>L&apos;établissement a changé : relancez l&apos;évacuation.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Briefing Pack</source>
        <extracomment>Resolution of the preview of page 1, dots per inch (an A4 page: 330 x 470 pixels).</extracomment>
        <translation>Exporter le dossier d&apos;intervention</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Plans of the levels</source>
        <translation>Plans des niveaux</translation>
    </message>
    <message>
        <source>Route cards</source>
        <translation>Fiches itinéraire</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>Évacuation</translation>
    </message>
    <message>
        <source>Update log</source>
        <translation>Journal des mises à jour</translation>
    </message>
    <message>
        <source>Route %1 (%2)</source>
        <translation>Itinéraire %1 (%2)</translation>
    </message>
    <message>
        <source>Redacted (leave out sensitive assets)</source>
        <translation>Version expurgée (sans les points sensibles)</translation>
    </message>
    <message>
        <source>empty: not encrypted</source>
        <translation>vide : non chiffré</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Itinéraires</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save Briefing Pack</source>
        <translation>Enregistrer le dossier d&apos;intervention</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Building the briefing pack</source>
        <translation>Construction du dossier d&apos;intervention</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages)</source>
        <translation>%1 enregistré (%2 pages)</translation>
    </message>
    <message>
        <source>Preview of page 1 (%1 pages)</source>
        <translation>Aperçu de la page 1 (%1 pages)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Venues and plans (%1)</source>
        <translation>Sites et plans (%1)</translation>
    </message>
    <message>
        <source>Venue projects (*%1)</source>
        <translation>Projets de site (*%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a venue</source>
        <translation>Ouvrir un site</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opened %1: %2 levels, %3 spaces, %4 openings</source>
        <translation>%1 ouvert : %2 niveaux, %3 locaux, %4 ouvertures</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Save the venue as</source>
        <translation>Enregistrer le site sous</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Enregistrement de %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes made to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Read: %1</source>
        <translation>Lu : %1</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>Déduit : %1</translation>
    </message>
    <message>
        <source>Skipped (not understood): %1</source>
        <translation>Ignoré (non compris) : %1</translation>
    </message>
    <message>
        <source>Dropped: %1: %2</source>
        <translation>Écarté : %1 : %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>ImportReportCounts</name>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n niveau</numerusform>
            <numerusform>%n niveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n local</numerusform>
            <numerusform>%n locaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n ouverture</numerusform>
            <numerusform>%n ouvertures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s)</source>
        <translation>
            <numerusform>%n sortie</numerusform>
            <numerusform>%n sorties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stair(s), lift(s) or ramp(s)</source>
        <translation>
            <numerusform>%n escalier, ascenseur ou rampe</numerusform>
            <numerusform>%n escaliers, ascenseurs ou rampes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n repère</numerusform>
            <numerusform>%n repères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n context mesh(es)</source>
        <translation>
            <numerusform>%n maillage de contexte</numerusform>
            <numerusform>%n maillages de contexte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Select an element in the view or the tree.</source>
        <translation>Sélectionnez un élément dans la vue ou l’arborescence.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n autre)</numerusform>
            <numerusform> (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job that ends sooner than this shows no dialog (milliseconds).</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Venue Planner</source>
        <translation>Venue Planner</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Standing area</source>
        <translation>Zone debout</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>Places assises</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Coulisses</translation>
    </message>
    <message>
        <source>Dressing room</source>
        <translation>Loge</translation>
    </message>
    <message>
        <source>Foyer</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Hall d’accueil</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Ticket office</source>
        <translation>Billetterie</translation>
    </message>
    <message>
        <source>Concourse</source>
        <translation>Coursive</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Stair hall</source>
        <translation>Cage d’escalier</translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation>Sanitaires</translation>
    </message>
    <message>
        <source>Technical room</source>
        <translation>Local technique</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Salle de réunion</translation>
    </message>
    <message>
        <source>Security post</source>
        <translation>Poste de sécurité</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>Premiers secours</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>Outdoor</source>
        <translation>Extérieur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Emergency exit</source>
        <translation>Sortie de secours</translation>
    </message>
    <message>
        <source>Open passage</source>
        <translation>Passage libre</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Stair</source>
        <translation>Escalier</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>Rampe</translation>
    </message>
    <message>
        <source>Escalator</source>
        <translation>Escalier mécanique</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Ascenseur</translation>
    </message>
    <message>
        <source>Staging point</source>
        <translation>Point de mise en place</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Hazard zone</source>
        <translation>Zone de danger</translation>
    </message>
    <message>
        <source>Rally point</source>
        <translation>Point de rassemblement</translation>
    </message>
    <message>
        <source>Fire alarm panel</source>
        <translation>Tableau SSI</translation>
    </message>
    <message>
        <source>Power cut-off</source>
        <translation>Coupure électrique</translation>
    </message>
    <message>
        <source>Gas valve</source>
        <translation>Vanne de gaz</translation>
    </message>
    <message>
        <source>Water valve</source>
        <translation>Vanne d’eau</translation>
    </message>
    <message>
        <source>Smoke control</source>
        <translation>Commande de désenfumage</translation>
    </message>
    <message>
        <source>Key asset</source>
        <translation>Point sensible</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Set capacity of %1</source>
        <translation>Capacité de %1</translation>
    </message>
    <message>
        <source>Set use of %1</source>
        <translation>Usage de %1</translation>
    </message>
    <message>
        <source>Set width of %1</source>
        <translation>Largeur de %1</translation>
    </message>
    <message>
        <source>Set kind of %1</source>
        <translation>Type de %1</translation>
    </message>
    <message>
        <source>Lock or unlock %1</source>
        <translation>Verrouiller ou déverrouiller %1</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Débloquer %1</translation>
    </message>
    <message>
        <source>Place marker %1</source>
        <translation>Placer le repère %1</translation>
    </message>
    <message>
        <source>Move marker %1</source>
        <translation>Déplacer le repère %1</translation>
    </message>
    <message>
        <source>Delete marker %1</source>
        <translation>Supprimer le repère %1</translation>
    </message>
    <message>
        <source>Edit marker %1</source>
        <translation>Modifier le repère %1</translation>
    </message>
    <message>
        <source>Save route %1</source>
        <translation>Enregistrer l’itinéraire %1</translation>
    </message>
    <message>
        <source>Rename route to %1</source>
        <translation>Renommer l’itinéraire en %1</translation>
    </message>
    <message>
        <source>Delete route %1</source>
        <translation>Supprimer l’itinéraire %1</translation>
    </message>
</context>
<context>
    <name>LevelForm</name>
    <message>
        <source>Elevation</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Venue</source>
        <extracomment>Radius given to a new hazard zone, metres (the user adjusts it in the inspector).</extracomment>
        <translation>Site</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Itinéraires</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>Évacuation</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Distance : %1</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n autre)</numerusform>
            <numerusform> (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Venue Planner</source>
        <translation>Venue Planner</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>l’extérieur</translation>
    </message>
    <message>
        <source>Measure: click two points on the floors. Esc to stop.</source>
        <translation>Mesure : cliquez deux points sur les sols. Échap pour arrêter.</translation>
    </message>
    <message>
        <source>Place marker: click a floor, or the ground outside. Esc to stop.</source>
        <translation>Placer un repère : cliquez sur un sol, ou sur le terrain à l’extérieur. Échap pour arrêter.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
</context>
<context>
    <name>MarkerForm</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>X (m)</source>
        <translation>X (m)</translation>
    </message>
    <message>
        <source>Y (m)</source>
        <translation>Y (m)</translation>
    </message>
    <message>
        <source>Radius (m)</source>
        <translation>Rayon (m)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Cannot open this file</source>
        <translation>Impossible d’ouvrir ce fichier</translation>
    </message>
    <message>
        <source>%1 is not a format Venue Planner reads.
Known formats: %2</source>
        <translation>%1 n’est pas dans un format que Venue Planner sait lire.
Formats connus : %2</translation>
    </message>
    <message>
        <source>A component is missing</source>
        <translation>Un composant manque</translation>
    </message>
    <message>
        <source>Venue Planner</source>
        <translation>Venue Planner</translation>
    </message>
    <message>
        <source>The system refused</source>
        <translation>Le système a refusé</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur inattendue s’est produite</translation>
    </message>
    <message>
        <source>Venue Planner hit an internal error. Your work is kept: save it under a new name, and send the details below to the support team.</source>
        <translation>Venue Planner a rencontré une erreur interne. Votre travail est conservé : enregistrez-le sous un nouveau nom et transmettez les détails ci-dessous à l’assistance.</translation>
    </message>
</context>
<context>
    <name>OpeningForm</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Clear width (m)</source>
        <translation>Largeur de passage (m)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Blocked (scenario)</source>
        <translation>Bloquée (scénario)</translation>
    </message>
    <message>
        <source>Locked in the building: never part of a route</source>
        <translation>Verrouillée dans le bâtiment : jamais sur un itinéraire</translation>
    </message>
    <message>
        <source>Closed in the active scenario only: the building is unchanged</source>
        <translation>Fermée dans le scénario actif seulement : le bâtiment n’est pas modifié</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Relie</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>l’extérieur</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Intervention team</source>
        <translation>Équipe d&apos;intervention</translation>
    </message>
    <message>
        <source>Evacuee</source>
        <translation>Évacué</translation>
    </message>
    <message>
        <source>Stretcher</source>
        <translation>Brancard</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Fauteuil roulant</translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Play</source>
        <extracomment>Speeds offered, times real time. Timer period, milliseconds (25 frames a second at most; a slow frame only makes steps longer). Slider steps over the route&apos;s time. The camera&apos;s place behind the walker and above it, and how far ahead it looks, metres.</extracomment>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Compute a route in the Routes panel to rehearse it.</source>
        <translation>Calculez un itinéraire dans le panneau Itinéraires pour le répéter.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Kind</source>
        <extracomment>Wait this long after the last change before validating again (milliseconds).</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Checking the venue</source>
        <translation>Vérification du site</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>No venue open.</source>
        <translation>Aucun site ouvert.</translation>
    </message>
    <message>
        <source>Checking the venue…</source>
        <translation>Vérification du site…</translation>
    </message>
    <message>
        <source>The venue could not be checked: %1</source>
        <translation>Le site n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPanels</name>
    <message>
        <source>Routes</source>
        <translation>Itinéraires</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>Évacuation</translation>
    </message>
    <message>
        <source>Export &amp;Briefing Pack…</source>
        <translation>Exporter le &amp;dossier d&apos;intervention…</translation>
    </message>
    <message>
        <source>Open a venue first.</source>
        <translation>Ouvrez d&apos;abord un établissement.</translation>
    </message>
</context>
<context>
    <name>RoutesPanel</name>
    <message>
        <source>ids, separated by commas</source>
        <translation>identifiants, séparés par des virgules</translation>
    </message>
    <message>
        <source>Add Selection</source>
        <translation>Ajouter la sélection</translation>
    </message>
    <message>
        <source>Compute Route</source>
        <translation>Calculer l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Save Route…</source>
        <translation>Enregistrer l&apos;itinéraire…</translation>
    </message>
    <message>
        <source>Keep this route in the project (its start, target, profile and what it avoids)</source>
        <translation>Garder cet itinéraire dans le projet (son départ, sa destination, son profil et ce qu&apos;il évite)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Éviter</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Itinéraires</translation>
    </message>
    <message>
        <source>id, or x,y@level</source>
        <translation>identifiant, ou x,y@niveau</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Use the element selected in the tree or the view</source>
        <translation>Prendre l&apos;élément sélectionné dans l&apos;arbre ou la vue</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Désigner</translation>
    </message>
    <message>
        <source>Click the start or target in the 3D view</source>
        <translation>Cliquez le départ ou l&apos;arrivée dans la vue 3D</translation>
    </message>
    <message>
        <source>Click the route&apos;s end in the 3D view. Esc to stop.</source>
        <translation>Cliquez l&apos;extrémité de l&apos;itinéraire dans la vue 3D. Échap pour arrêter.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Computing routes</source>
        <translation>Calcul des itinéraires</translation>
    </message>
    <message>
        <source>No route: %1</source>
        <translation>Pas d&apos;itinéraire : %1</translation>
    </message>
    <message>
        <source>Route %1: %2, %3</source>
        <translation>Itinéraire %1 : %2, %3</translation>
    </message>
    <message>
        <source>Length %1, time %2 (%3 s)</source>
        <translation>Longueur %1, durée %2 (%3 s)</translation>
    </message>
    <message>
        <source>Save Route</source>
        <translation>Enregistrer l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Name of the route:</source>
        <translation>Nom de l&apos;itinéraire :</translation>
    </message>
    <message>
        <source>Route saved: %1</source>
        <translation>Itinéraire enregistré : %1</translation>
    </message>
    <message>
        <source>(its request is kept: it is computed again as the fastest route)</source>
        <translation>(sa demande est gardée : il sera recalculé comme l&apos;itinéraire le plus rapide)</translation>
    </message>
    <message>
        <source>The venue changed while the routes were computed: compute them again.</source>
        <translation>Le site a changé pendant le calcul des itinéraires : calculez-les à nouveau.</translation>
    </message>
    <message>
        <source>Routes are being computed: wait for them, or cancel, before showing a saved route.</source>
        <translation>Des itinéraires sont en cours de calcul : attendez-les, ou annulez, avant d&apos;afficher un itinéraire enregistré.</translation>
    </message>
    <message>
        <source>“%1” is not computed: its profile %2 is not known.</source>
        <translation>« %1 » n&apos;est pas calculé : son profil %2 n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>“%1” is not computed: its scenario %2 is no longer in the project.</source>
        <translation>« %1 » n&apos;est pas calculé : son scénario %2 n&apos;est plus dans le projet.</translation>
    </message>
</context>
<context>
    <name>SavedRoutes</name>
    <message>
        <source>Click a saved route to compute it again and show it</source>
        <translation>Cliquez sur un itinéraire enregistré pour le recalculer et l&apos;afficher</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Saved routes</source>
        <translation>Itinéraires enregistrés</translation>
    </message>
    <message>
        <source>avoiding %1</source>
        <translation>en évitant %1</translation>
    </message>
    <message>
        <source>Rename Route</source>
        <translation>Renommer l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Name of the route:</source>
        <translation>Nom de l&apos;itinéraire :</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language is used when Venue Planner is started again.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Venue Planner.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Autosave unsaved work every</source>
        <translation>Sauvegarder automatiquement le travail toutes les</translation>
    </message>
</context>
<context>
    <name>SpaceForm</name>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Capacity (persons)</source>
        <translation>Effectif (personnes)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places assises</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <source>Filter by name or id</source>
        <extracomment>The tree&apos;s top-level categories, in order.</extracomment>
        <translation>Filtrer par nom ou identifiant</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Locaux</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <source>Stairs, lifts and ramps</source>
        <translation>Escaliers, ascenseurs et rampes</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Repères</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>to outside</source>
        <translation>vers l’extérieur</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>Plan view</source>
        <translation>Vue en plan</translation>
    </message>
    <message>
        <source>Show only this level</source>
        <translation>Afficher ce niveau seul</translation>
    </message>
    <message>
        <source>Delete marker</source>
        <translation>Supprimer le repère</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>the id is used by {n} elements</source>
        <extracomment>Every message template of :mod:`models.validate` (a test checks that none is missing).</extracomment>
        <translation>l&apos;identifiant est utilisé par {n} éléments</translation>
    </message>
    <message>
        <source>an id is blank</source>
        <translation>un identifiant est vide</translation>
    </message>
    <message>
        <source>the id holds a control or invisible character</source>
        <translation>l&apos;identifiant contient un caractère de contrôle ou invisible</translation>
    </message>
    <message>
        <source>its {field} hold a value that is not a finite number</source>
        <translation>une valeur de {field} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>the venue has no level</source>
        <translation>le site n&apos;a aucun niveau</translation>
    </message>
    <message>
        <source>the venue has no space: nothing can be routed or evacuated</source>
        <translation>le site n&apos;a aucun local : aucun itinéraire ni aucune évacuation ne peut être calculé</translation>
    </message>
    <message>
        <source>height {height} m is not positive</source>
        <translation>la hauteur {height} m n&apos;est pas positive</translation>
    </message>
    <message>
        <source>no space is on this level</source>
        <translation>aucun local sur ce niveau</translation>
    </message>
    <message>
        <source>its level {level!r} does not exist</source>
        <translation>son niveau {level!r} n&apos;existe pas</translation>
    </message>
    <message>
        <source>its footprint has fewer than 3 corners</source>
        <translation>son contour a moins de 3 sommets</translation>
    </message>
    <message>
        <source>its area is {area:.3f} m²</source>
        <translation>sa surface est de {area:.3f} m²</translation>
    </message>
    <message>
        <source>its footprint is not a simple polygon ({reason})</source>
        <translation>son contour n&apos;est pas un polygone simple ({reason})</translation>
    </message>
    <message>
        <source>{field} {value} is negative</source>
        <translation>{field} : la valeur {value} est négative</translation>
    </message>
    <message>
        <source>{occupants} persons on {area:.1f} m² is more than {density:g} p/m² (at most {most})</source>
        <translation>{occupants} personnes sur {area:.1f} m², c&apos;est plus de {density:g} pers./m² (au plus {most})</translation>
    </message>
    <message>
        <source>overlaps space {other!r} by {area:.2f} m² on level {level!r}</source>
        <translation>chevauche le local {other!r} sur {area:.2f} m² au niveau {level!r}</translation>
    </message>
    <message>
        <source>clear width {width} m is not positive</source>
        <translation>la largeur de passage {width} m n&apos;est pas positive</translation>
    </message>
    <message>
        <source>it joins no space</source>
        <translation>elle ne relie aucun local</translation>
    </message>
    <message>
        <source>it must join one or two spaces, not {spaces}</source>
        <translation>elle doit relier un ou deux locaux, pas {spaces}</translation>
    </message>
    <message>
        <source>it joins space {space!r}, which does not exist</source>
        <translation>elle relie le local {space!r}, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is on level {level!r} but space {space!r} is on {space_level!r}</source>
        <translation>elle est au niveau {level!r} mais le local {space!r} est au niveau {space_level!r}</translation>
    </message>
    <message>
        <source>it is {distance:.2f} m from the outline of space {space!r} (more than {reach} m)</source>
        <translation>elle est à {distance:.2f} m du contour du local {space!r} (plus de {reach} m)</translation>
    </message>
    <message>
        <source>its clear width {width:.2f} m exceeds the {wall:.2f} m wall of space {space!r} it stands in</source>
        <translation>sa largeur de passage de {width:.2f} m dépasse le mur de {wall:.2f} m du local {space!r} où elle se trouve</translation>
    </message>
    <message>
        <source>it runs {past:.2f} m past the end of the {wall:.2f} m wall of space {space!r} it stands in (its centre is {to_end:.2f} m from one end)</source>
        <translation>elle dépasse de {past:.2f} m l&apos;extrémité du mur de {wall:.2f} m du local {space!r} où elle se trouve (son milieu est à {to_end:.2f} m d&apos;une extrémité)</translation>
    </message>
    <message>
        <source>it leads outside from {space!r} but stands on the wall of space {other!r}; if it joins the two, list both spaces</source>
        <translation>elle mène dehors depuis {space!r} mais se trouve sur le mur du local {other!r} ; si elle relie les deux, indiquez les deux locaux</translation>
    </message>
    <message>
        <source>width {width} m is not positive</source>
        <translation>la largeur {width} m n&apos;est pas positive</translation>
    </message>
    <message>
        <source>it has {n} landing(s), needs at least 2</source>
        <translation>il a {n} palier(s), il en faut au moins 2</translation>
    </message>
    <message>
        <source>two of its landings are on the same level</source>
        <translation>deux de ses paliers sont au même niveau</translation>
    </message>
    <message>
        <source>landing {n} is on level {level!r}, which does not exist</source>
        <translation>le palier {n} est au niveau {level!r}, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>landing {n} is in space {space!r}, which does not exist</source>
        <translation>le palier {n} est dans le local {space!r}, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>landing {n} is on level {level!r} but its space {space!r} is on {space_level!r}</source>
        <translation>le palier {n} est au niveau {level!r} mais son local {space!r} est au niveau {space_level!r}</translation>
    </message>
    <message>
        <source>landing {n} at {position} is in a hole (column, void) of its space {space!r}</source>
        <translation>le palier {n} en {position} est dans un trou (poteau, vide) de son local {space!r}</translation>
    </message>
    <message>
        <source>landing {n} at {position} is {distance:.2f} m outside its space {space!r}</source>
        <translation>le palier {n} en {position} est à {distance:.2f} m hors de son local {space!r}</translation>
    </message>
    <message>
        <source>{field} {value} m is not positive</source>
        <translation>{field} : la valeur {value} m n&apos;est pas positive</translation>
    </message>
    <message>
        <source>riser {riser:.3f} m is above 0.25 m</source>
        <translation>la hauteur de marche {riser:.3f} m dépasse 0,25 m</translation>
    </message>
    <message>
        <source>car capacity {capacity} is not positive</source>
        <translation>la capacité de la cabine {capacity} n&apos;est pas positive</translation>
    </message>
    <message>
        <source>speed {speed} m/s is not positive</source>
        <translation>la vitesse {speed} m/s n&apos;est pas positive</translation>
    </message>
    <message>
        <source>radius {radius} m is negative</source>
        <translation>le rayon {radius} m est négatif</translation>
    </message>
    <message>
        <source>{kind} at {position} is in no space</source>
        <translation>{kind} en {position} n&apos;est dans aucun local</translation>
    </message>
    <message>
        <source>a face refers to a vertex that does not exist</source>
        <translation>une face renvoie à un sommet qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>a vertex is not a finite number</source>
        <translation>un sommet n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>the venue has no exit (no opening leads outside)</source>
        <translation>le site n&apos;a aucune sortie (aucune ouverture ne mène dehors)</translation>
    </message>
    <message>
        <source>no space of this level can reach an exit</source>
        <translation>aucun local de ce niveau ne peut atteindre une sortie</translation>
    </message>
    <message>
        <source>no opening or connector leads out of it</source>
        <translation>aucune ouverture ni aucun escalier, ascenseur ou rampe n&apos;en sort</translation>
    </message>
    <message>
        <source>no exit can be reached from it</source>
        <translation>aucune sortie ne peut être atteinte depuis ce local</translation>
    </message>
    <message>
        <source>north angle</source>
        <translation>angle du nord</translation>
    </message>
    <message>
        <source>elevation and height</source>
        <translation>altitude et hauteur</translation>
    </message>
    <message>
        <source>footprint</source>
        <translation>contour</translation>
    </message>
    <message>
        <source>holes</source>
        <translation>trous</translation>
    </message>
    <message>
        <source>position and width</source>
        <translation>position et largeur</translation>
    </message>
    <message>
        <source>width, riser, going and speed</source>
        <translation>largeur, hauteur de marche, giron et vitesse</translation>
    </message>
    <message>
        <source>landings</source>
        <translation>paliers</translation>
    </message>
    <message>
        <source>position and radius</source>
        <translation>position et rayon</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>places assises</translation>
    </message>
    <message>
        <source>riser</source>
        <translation>hauteur de marche</translation>
    </message>
    <message>
        <source>going</source>
        <translation>giron</translation>
    </message>
</context>
<context>
    <name>Viewport</name>
    <message>
        <source>Loading the 3D view…</source>
        <extracomment>What :meth:`Viewport.load` imports: VTK, pyvista and matplotlib, about 1.5 s. Frames slower than this leave the context geometry out while the camera moves (milliseconds).</extracomment>
        <translation>Chargement de la vue 3D…</translation>
    </message>
    <message>
        <source>The 3D view could not be loaded: %1</source>
        <translation>La vue 3D n&apos;a pas pu être chargée : %1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Open…</source>
        <extracomment>The explode slider&apos;s range, metres of extra gap between levels. &quot;Explode levels&quot; toggles between 0 and this gap, metres.</extracomment>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete Marker</source>
        <translation>&amp;Supprimer le repère</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Désélectionner</translation>
    </message>
    <message>
        <source>&amp;3D View</source>
        <translation>Vue &amp;3D</translation>
    </message>
    <message>
        <source>&amp;Reset Camera</source>
        <translation>&amp;Recadrer la vue</translation>
    </message>
    <message>
        <source>&amp;Explode Levels</source>
        <translation>É&amp;carter les niveaux</translation>
    </message>
    <message>
        <source>Show &amp;All Levels</source>
        <translation>Afficher &amp;tous les niveaux</translation>
    </message>
    <message>
        <source>Space &amp;Names</source>
        <translation>&amp;Noms des locaux</translation>
    </message>
    <message>
        <source>E&amp;xit Numbers</source>
        <translation>Numéros des s&amp;orties</translation>
    </message>
    <message>
        <source>&amp;Context Geometry</source>
        <translation>Géométrie de &amp;contexte</translation>
    </message>
    <message>
        <source>Save &amp;Screenshot…</source>
        <translation>Enregistrer une &amp;capture…</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Sélectionner</translation>
    </message>
    <message>
        <source>&amp;Measure Distance</source>
        <translation>&amp;Mesurer une distance</translation>
    </message>
    <message>
        <source>&amp;Place Marker</source>
        <translation>&amp;Placer un repère</translation>
    </message>
    <message>
        <source>&amp;About Venue Planner</source>
        <translation>À &amp;propos de Venue Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Plan View</source>
        <translation>Vue en &amp;plan</translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translation>&amp;Niveaux</translation>
    </message>
    <message>
        <source>Show &amp;Only Level</source>
        <translation>Afficher un niveau &amp;seul</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Place Marker</source>
        <translation>Placer un repère</translation>
    </message>
    <message>
        <source> View: </source>
        <translation> Vue : </translation>
    </message>
    <message>
        <source>  Explode: </source>
        <translation>  Écart : </translation>
    </message>
    <message>
        <source>Extra gap between levels, metres</source>
        <translation>Écart supplémentaire entre les niveaux, en mètres</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan : %1</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Save a screenshot</source>
        <translation>Enregistrer une capture</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>Capture enregistrée dans %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Venue Planner %1&lt;/h3&gt;&lt;p&gt;Venue models, access and evacuation routes, and briefing packs for police and rescue units preparing interventions in public venues.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Venue Planner %1&lt;/h3&gt;&lt;p&gt;Modèles de sites, itinéraires d’accès et d’évacuation, et dossiers d’intervention pour les unités de police et de secours qui préparent une intervention dans un établissement recevant du public.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Venue Planner</source>
        <translation>À propos de Venue Planner</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Venue Planner did not close properly. Unsaved work on %1 was kept (%2). Restore it?</source>
        <translation>Venue Planner ne s’est pas fermé correctement. Le travail non enregistré sur %1 a été conservé (%2). Le restaurer ?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Restored unsaved work: save it to keep it.</source>
        <translation>Travail non enregistré restauré : enregistrez-le pour le conserver.</translation>
    </message>
</context>
</TS>
