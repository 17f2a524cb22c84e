import { NotFoundNotice } from "../components/not-found-notice";

/** The 404 page for addresses no route matches. */
export default function NotFound() {
  return <NotFoundNotice detail="Parley has no page at this address." />;
}
