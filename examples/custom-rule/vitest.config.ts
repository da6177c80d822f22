import { projectConfig } from "../../vitest.shared";

export default projectConfig("example-custom-rule");
