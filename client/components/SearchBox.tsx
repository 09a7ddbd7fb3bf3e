// The main search ("/" focuses it): choosing an entity brings it into view and selects it (the
// camera frames it with its neighbours); its last option searches the evidence (quotes, notes, descriptions).
import { select, showNodes } from "../state/actions.ts";
import { openEvidenceSearch } from "../state/evidenceSearch.ts";
import { EntityCombobox } from "./EntityCombobox.tsx";

export const SEARCH_INPUT_ID = "entity-search";

export function SearchBox() {
  return (
    <div className="search" role="search">
      <EntityCombobox
        inputId={SEARCH_INPUT_ID}
        label="Search entities"
        hideLabel
        placeholder="Search names, quotes, notes  ( / )"
        onSubmitText={openEvidenceSearch}
        onChoose={(id) => {
          showNodes([id]);
          // Selecting frames it with its neighbours (CameraController).
          select(id);
        }}
      />
    </div>
  );
}
