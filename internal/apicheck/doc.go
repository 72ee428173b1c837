// Package apicheck holds the test that keeps cablemeta's public API
// documented: every exported identifier of the library packages has a doc
// comment, and every exported function and method has an Example function
// (with an "// Output:" comment) in its package's tests, since pkg.go.dev is
// where most users learn the library.
package apicheck
