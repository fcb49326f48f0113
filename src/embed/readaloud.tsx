// The script-tag build's version of src/ui/readaloud/ReadAloud.tsx: that build has no bytes left
// under its budget, so it shows no read-aloud buttons (the page and module builds do).
export const LeesVoor = (_props: { small?: boolean }) => null;
