"""One reader per input format; each turns decoded, capped input into Articles."""
