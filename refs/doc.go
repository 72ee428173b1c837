// Package refs reads the references of a US diplomatic telegram (the items
// of its REF block), cable reference ids such as 07BEIJING6403, and the
// station names they are made of.
package refs
