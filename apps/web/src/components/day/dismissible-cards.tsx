"use client";

import { useEffect } from "react";

/**
 * Escape hides the card a lane's mark shows on hover or focus, as WCAG 1.4.13 asks of content that
 * appears on hover or focus; it shows again when the focus or the pointer moves to another mark.
 */
export function DismissibleCards() {
  useEffect(() => {
    const dismiss = (event: KeyboardEvent) => {
      if (event.key === "Escape") document.documentElement.dataset.cardsDismissed = "";
    };
    const restore = () => delete document.documentElement.dataset.cardsDismissed;
    document.addEventListener("keydown", dismiss);
    document.addEventListener("focusin", restore);
    document.addEventListener("pointerover", restore);
    return () => {
      document.removeEventListener("keydown", dismiss);
      document.removeEventListener("focusin", restore);
      document.removeEventListener("pointerover", restore);
    };
  }, []);
  return null;
}
