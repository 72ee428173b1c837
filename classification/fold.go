package classification

import "github.com/cablemeta/cablemeta/internal/textutil"

// indexFold returns the index of the first ASCII case-insensitive match of
// sub in s, or -1. sub must be lower-case ASCII.
func indexFold(s, sub string) int { return textutil.IndexFold(s, sub) }

// hasPrefixFold reports whether s starts with sub, ASCII case-insensitively;
// sub is lower-case ASCII.
func hasPrefixFold(s, sub string) bool { return textutil.HasPrefixFold(s, sub) }
