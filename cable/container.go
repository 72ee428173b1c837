package cable

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/cablemeta/cablemeta/diag"
)

// container is a compressed or archived input, told by its magic bytes.
type container string

const (
	containerGzip  container = "gzip"
	containerBzip2 container = "bzip2"
	containerZip   container = "zip"
	containerTar   container = "tar"
)

// maxContainerDepth is how deeply archives and compressed streams may
// nest (a .tar.gz is two levels); deeper nesting is refused, so that a
// stream that decompresses to itself ends.
const maxContainerDepth = 4

// sniffContainer returns the container whose magic bytes start head, or
// "" for none: gzip (1F 8B 08), bzip2 ("BZh", a block size digit and the
// magic of a block or of the end of the stream), zip (a local file
// header or an empty archive's end record) or tar ("ustar" at byte 257).
func sniffContainer(head []byte) container {
	switch {
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b, 0x08}):
		return containerGzip
	case len(head) >= 10 && bytes.HasPrefix(head, []byte("BZh")) && head[3] >= '1' && head[3] <= '9' &&
		(bytes.HasPrefix(head[4:], []byte("1AY&SY")) || bytes.HasPrefix(head[4:], []byte("\x17rE8P\x90"))):
		return containerBzip2
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return containerZip
	case len(head) >= 262 && string(head[257:262]) == "ustar":
		return containerTar
	}
	return ""
}

// memberReader is the content of one member of an archive, or of a
// compressed stream, and how deeply it is nested.
type memberReader struct {
	r     io.Reader
	depth int
}

func (m *memberReader) Read(p []byte) (int, error) { return m.r.Read(p) }

// containerDocuments yields the documents of a compressed or archived
// input: the decompressed stream of a gzip or bzip2 input, read under the
// input's name, and each regular file of a tar or zip archive whose name
// [IsInputFile] accepts, read under "name!member" (for example
// "cables.zip!2006/06PARIS2069.html"), in archive order. Every member is
// streamed: memory stays bounded whatever the archive's size. r reads
// the input from its first byte; src is the reader the caller was given,
// which a zip archive needs as an io.ReaderAt with a size (a file).
func (p *Parser) containerDocuments(c container, r io.Reader, src io.Reader, name string, yield func(Document, error) bool) {
	depth := 1
	if m, ok := src.(*memberReader); ok {
		depth = m.depth + 1
	}
	fail := func(field string, err error) {
		yield(Document{Source: Source{Path: name}}, &diag.ParseError{Path: name, Field: field, Err: err})
	}
	if depth > maxContainerDepth {
		fail(string(c), fmt.Errorf("%w: archives or compressed streams nested more than %d deep", ErrNotCable, maxContainerDepth))
		return
	}
	member := func(r io.Reader, memberName string) bool {
		for doc, err := range p.Documents(&memberReader{r: r, depth: depth}, memberName) {
			if !yield(doc, err) {
				return false
			}
		}
		return true
	}
	switch c {
	case containerGzip, containerBzip2:
		d, err := decompress(c, r)
		if err != nil {
			fail("", fmt.Errorf("%w: %v", ErrNotCable, err)) // "gzip: invalid header"
			return
		}
		member(d, name)
	case containerTar:
		tr := tar.NewReader(r)
		for first := true; ; first = false {
			h, err := tr.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				if first {
					err = fmt.Errorf("%w: %v", ErrNotCable, err)
				}
				fail("tar", err)
				return
			}
			if h.Typeflag != tar.TypeReg || !IsInputFile(h.Name) {
				continue
			}
			if !member(tr, name+"!"+h.Name) {
				return
			}
		}
	case containerZip:
		ra, size, ok := readerAt(src)
		if !ok {
			fail("zip", errors.New("a zip archive is read from a file (an io.ReaderAt with a size), not from a stream"))
			return
		}
		zr, err := zip.NewReader(ra, size)
		if err != nil {
			fail("zip", fmt.Errorf("%w: %v", ErrNotCable, err))
			return
		}
		for _, f := range zr.File {
			if !f.Mode().IsRegular() || !IsInputFile(f.Name) {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				if !yield(Document{Source: Source{Path: name + "!" + f.Name}}, &diag.ParseError{Path: name + "!" + f.Name, Field: "zip", Err: err}) {
					return
				}
				continue
			}
			ok := member(rc, name+"!"+f.Name)
			_ = rc.Close()
			if !ok {
				return
			}
		}
	}
}

// decompress returns the decompressed stream of a gzip or bzip2 input,
// after reading its first byte: a stream that cannot be decoded at all is
// an error here, not a read error later.
func decompress(c container, r io.Reader) (io.Reader, error) {
	var d io.Reader
	if c == containerGzip {
		z, err := gzip.NewReader(r)
		if err != nil {
			return nil, err // "gzip: invalid header"
		}
		d = z
	} else {
		d = bzip2.NewReader(r)
	}
	br := bufio.NewReaderSize(d, 64<<10)
	if _, err := br.Peek(1); err != nil && err != io.EOF {
		return nil, err
	}
	return br, nil
}

// readerAt returns src as an io.ReaderAt with its size, when it is one:
// a file (its Stat gives the size), a *bytes.Reader or *strings.Reader.
func readerAt(src io.Reader) (io.ReaderAt, int64, bool) {
	ra, ok := src.(io.ReaderAt)
	if !ok {
		return nil, 0, false
	}
	switch s := src.(type) {
	case interface{ Size() int64 }:
		return ra, s.Size(), true
	case interface{ Stat() (fs.FileInfo, error) }:
		st, err := s.Stat()
		if err != nil || !st.Mode().IsRegular() {
			return nil, 0, false
		}
		return ra, st.Size(), true
	}
	return nil, 0, false
}
