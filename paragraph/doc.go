// Package paragraph parses the body of a US diplomatic telegram: the
// SUBJECT line, the numbered paragraphs with their portion markings and
// headings, the SUMMARY and COMMENT spans, and the signers.
package paragraph
