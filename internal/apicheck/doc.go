// Package apicheck holds the tests that keep cablemeta's documentation
// true: every exported identifier of the library packages has a doc
// comment, every exported function and method a user calls has an Example
// (with an "// Output:" comment; interface methods such as Error, String
// and MarshalText are exempt), and no comment, Markdown file or data file
// cites a document the repository does not ship or a docs/ section that
// does not exist.
package apicheck
