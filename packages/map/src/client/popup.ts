import type { EventMark } from "../marks";
import { typeLabel } from "./appearance";
import { el } from "./dom";

/** The popup's content for one event; every field goes in as text. */
export const popupContent = (mark: EventMark): HTMLElement[] => {
  const rows: HTMLElement[] = [el("h3", {}, typeLabel(mark.type))];
  rows.push(el("p", { class: "tc-date" }, mark.date ?? "date unknown"));
  if (mark.initiator !== undefined || mark.target !== undefined) {
    rows.push(el("p", {}, `${mark.initiator ?? "?"} → ${mark.target ?? "?"}`));
  }
  if (mark.count !== undefined) rows.push(el("p", {}, `count: ${mark.count}`));
  if (mark.summary !== undefined) rows.push(el("p", { class: "tc-summary" }, mark.summary));
  if (mark.place !== undefined || mark.placed) {
    const where = mark.place ?? "";
    rows.push(el("p", { class: "muted" }, mark.placed ? `${where} (placed by the gazetteer)`.trim() : where));
  }
  for (const source of mark.sources) {
    rows.push(
      el(
        "p",
        { class: "muted" },
        "source: ",
        source.url === undefined
          ? source.label
          : el("a", { href: source.url, target: "_blank", rel: "noopener noreferrer" }, source.label),
      ),
    );
  }
  rows.push(el("p", { class: "muted" }, mark.id));
  return rows;
};

/** One popup for the whole map, placed near the point clicked and closed with its button or Escape. */
export const createPopup = (container: HTMLElement) => {
  const box = el("div", { id: "tc-popup", role: "dialog", class: "hidden" });
  container.append(box);
  const close = () => box.classList.add("hidden");
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  return {
    close,
    open(mark: EventMark, x: number, y: number) {
      const button = el("button", { type: "button", "aria-label": "close" }, "×");
      button.addEventListener("click", close);
      box.replaceChildren(button, ...popupContent(mark));
      box.dataset.id = mark.id;
      box.classList.remove("hidden");
      // Keep the box inside the map: open leftwards or upwards near the right or bottom edge.
      const left = Math.min(x + 10, container.clientWidth - box.offsetWidth - 4);
      const top = Math.min(y + 10, container.clientHeight - box.offsetHeight - 4);
      box.style.left = `${Math.max(4, left)}px`;
      box.style.top = `${Math.max(4, top)}px`;
    },
  };
};
