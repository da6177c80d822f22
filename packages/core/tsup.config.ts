import { libraryConfig } from "../../tsup.shared";

// The English country names are inlined so the package needs no JSON import at run time.
export default libraryConfig({ noExternal: [/^i18n-iso-countries\/langs\//] });
