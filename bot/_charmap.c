/* Per-character work on message text, in C: what Python's str.translate and re.findall do, without a
 * Python object per character (str.translate looks each character up as a new int key, ~400
 * instructions a character; these loops take a few). Optional: bot/charmap.py falls back to the
 * same operations in Python, with the same results, when this module is not built.
 *
 *   translate(text, table, beyond) -> str | None
 *       each character of text whose code point is below len(table) becomes table[code point],
 *       one at or above len(table) stays as it is; None (the caller converts another way) when
 *       a character maps to U+0000 or its code point is at or above ``beyond``.
 *   alnum(text) -> str
 *       the letters and digits of text in order (str.isalnum, character by character):
 *       "".join(re.findall(r"[^\W_]+", text)).
 *   find(text, table, beyond) -> int
 *       the index of the first character whose code point c is below len(table) with table[c]
 *       nonzero, or at or above ``beyond``; -1 if none: a one-character class's search.
 *   collect(text, table, beyond) -> str
 *       every character find would find, in order: "".join(pattern.findall(text)) for its class.
 *   kept(hits, text, words, span) -> list
 *       the hits, (index, start, end) tuples, whose text[start:end] is words[index] itself or is at
 *       least ``span`` characters long, in order; the list itself when that is every hit.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Python 3.11 may hand over a legacy string not yet in its compact form; from 3.12 every string is (and the
 * call is deprecated). */
#if PY_VERSION_HEX < 0x030C0000
#define READY(o) PyUnicode_READY(o)
#else
#define READY(o) 0
#endif

/* ``beyond`` as a code point: one past the last (0x110000) for any larger value, which a cast to Py_UCS4 would
 * wrap (2**32 to 0: every character would give up); (Py_UCS4)-1 with an exception set on a negative or non-int. */
static Py_UCS4
read_beyond(PyObject *value)
{
    unsigned long beyond = PyLong_AsUnsignedLong(value);
    if (beyond == (unsigned long)-1 && PyErr_Occurred())
        return (Py_UCS4)-1;
    return beyond > 0x110000 ? 0x110000 : (Py_UCS4)beyond;
}

static PyObject *
charmap_translate(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[0]) || !PyUnicode_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "translate(text: str, table: str, beyond: int)");
        return NULL;
    }
    PyObject *text = args[0], *table = args[1];
    if (READY(text) < 0 || READY(table) < 0)
        return NULL;
    Py_UCS4 beyond = read_beyond(args[2]);
    if (beyond == (Py_UCS4)-1)
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(text), size = PyUnicode_GET_LENGTH(table);
    int kind = PyUnicode_KIND(text), table_kind = PyUnicode_KIND(table);
    const void *data = PyUnicode_DATA(text), *table_data = PyUnicode_DATA(table);
    Py_UCS4 widest = 0;
    /* First pass: the widest character out, to size the result; None as soon as one gives up. */
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= beyond)
            Py_RETURN_NONE;
        if ((Py_ssize_t)c < size && (c = PyUnicode_READ(table_kind, table_data, c)) == 0)
            Py_RETURN_NONE;
        if (c > widest)
            widest = c;
    }
    PyObject *out = PyUnicode_New(length, widest);
    if (out == NULL)
        return NULL;
    int out_kind = PyUnicode_KIND(out);
    void *out_data = PyUnicode_DATA(out);
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if ((Py_ssize_t)c < size)
            c = PyUnicode_READ(table_kind, table_data, c);
        PyUnicode_WRITE(out_kind, out_data, i, c);
    }
    return out;
}

/* Whether each BMP character is a letter or digit (Py_UNICODE_ISALNUM asks up to four tables a character):
 * filled once at import, from the same function. */
static unsigned char alnum_bmp[0x10000 / 8];

static inline int
is_alnum(Py_UCS4 c)
{
    return c < 0x10000 ? (alnum_bmp[c >> 3] >> (c & 7)) & 1 : Py_UNICODE_ISALNUM(c);
}

static PyObject *
charmap_alnum(PyObject *module, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "alnum(text: str)");
        return NULL;
    }
    if (READY(text) < 0)
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(text), kept = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_UCS4 widest = 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (is_alnum(c)) {
            kept++;
            if (c > widest)
                widest = c;
        }
    }
    if (kept == length) {
        Py_INCREF(text);
        return text;
    }
    PyObject *out = PyUnicode_New(kept, widest);
    if (out == NULL)
        return NULL;
    int out_kind = PyUnicode_KIND(out);
    void *out_data = PyUnicode_DATA(out);
    Py_ssize_t at = 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (is_alnum(c))
            PyUnicode_WRITE(out_kind, out_data, at++, c);
    }
    return out;
}

/* The arguments of find and collect, (text, table, beyond): the text's characters and the test of each. */
typedef struct {
    const unsigned char *table;
    Py_ssize_t size, length;
    Py_UCS4 beyond;
    int kind;
    const void *data;
} Scan;

static int
scan_args(PyObject *const *args, Py_ssize_t nargs, const char *usage, Scan *scan)
{
    if (nargs != 3 || !PyUnicode_Check(args[0]) || !PyBytes_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, usage);
        return -1;
    }
    if (READY(args[0]) < 0)
        return -1;
    scan->beyond = read_beyond(args[2]);
    if (scan->beyond == (Py_UCS4)-1)
        return -1;
    scan->table = (const unsigned char *)PyBytes_AS_STRING(args[1]);
    scan->size = PyBytes_GET_SIZE(args[1]);
    scan->length = PyUnicode_GET_LENGTH(args[0]);
    scan->kind = PyUnicode_KIND(args[0]);
    scan->data = PyUnicode_DATA(args[0]);
    return 0;
}

/* Whether a character is one the table marks, or beyond it. */
static inline int
scan_hit(const Scan *scan, Py_UCS4 c)
{
    return c >= scan->beyond || ((Py_ssize_t)c < scan->size && scan->table[c]);
}

static PyObject *
charmap_find(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Scan scan;
    if (scan_args(args, nargs, "find(text: str, table: bytes, beyond: int)", &scan) < 0)
        return NULL;
    for (Py_ssize_t i = 0; i < scan.length; i++)
        if (scan_hit(&scan, PyUnicode_READ(scan.kind, scan.data, i)))
            return PyLong_FromSsize_t(i);
    return PyLong_FromLong(-1);
}

static PyObject *
charmap_collect(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Scan scan;
    if (scan_args(args, nargs, "collect(text: str, table: bytes, beyond: int)", &scan) < 0)
        return NULL;
    Py_ssize_t kept = 0;
    Py_UCS4 widest = 0;
    /* First pass: how many and the widest, to size the result (most chat has none: the empty string). */
    for (Py_ssize_t i = 0; i < scan.length; i++) {
        Py_UCS4 c = PyUnicode_READ(scan.kind, scan.data, i);
        if (scan_hit(&scan, c)) {
            kept++;
            if (c > widest)
                widest = c;
        }
    }
    PyObject *out = PyUnicode_New(kept, widest);
    if (out == NULL || kept == 0)
        return out;
    int out_kind = PyUnicode_KIND(out);
    void *out_data = PyUnicode_DATA(out);
    Py_ssize_t at = 0;
    for (Py_ssize_t i = 0; i < scan.length && at < kept; i++) {
        Py_UCS4 c = PyUnicode_READ(scan.kind, scan.data, i);
        if (scan_hit(&scan, c))
            PyUnicode_WRITE(out_kind, out_data, at++, c);
    }
    return out;
}

/* Whether one hit, an (index, start, end) tuple, is kept (1), dropped (0) or malformed (-1, an exception set). */
static int
keep_hit(PyObject *hit, PyObject *text, PyObject *words, Py_ssize_t span)
{
    if (!PyTuple_Check(hit) || PyTuple_GET_SIZE(hit) != 3) {
        PyErr_SetString(PyExc_TypeError, "kept: each hit is an (index, start, end) tuple");
        return -1;
    }
    /* Each read checked before the next: no C API call with an exception already set (the first error stands). */
    Py_ssize_t index, start, end;
    if (((index = PyLong_AsSsize_t(PyTuple_GET_ITEM(hit, 0))) == -1 && PyErr_Occurred())
            || ((start = PyLong_AsSsize_t(PyTuple_GET_ITEM(hit, 1))) == -1 && PyErr_Occurred())
            || ((end = PyLong_AsSsize_t(PyTuple_GET_ITEM(hit, 2))) == -1 && PyErr_Occurred()))
        return -1;
    if (index < 0 || index >= PyList_GET_SIZE(words) || start < 0 || end < start
            || end > PyUnicode_GET_LENGTH(text)) {
        PyErr_SetString(PyExc_IndexError, "kept: a hit outside the words or the text");
        return -1;
    }
    if (end - start >= span)
        return 1;
    PyObject *word = PyList_GET_ITEM(words, index);
    if (!PyUnicode_Check(word)) {
        PyErr_SetString(PyExc_TypeError, "kept: words are str");
        return -1;
    }
    /* Of the same length, a prefix match at start is equality with text[start:end] (no slice made). */
    if (PyUnicode_GET_LENGTH(word) != end - start)
        return 0;
    Py_ssize_t same = PyUnicode_Tailmatch(text, word, start, end, -1);
    return same < 0 ? -1 : (int)same;
}

static PyObject *
charmap_kept(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4 || !PyList_Check(args[0]) || !PyUnicode_Check(args[1]) || !PyList_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "kept(hits: list, text: str, words: list, span: int)");
        return NULL;
    }
    PyObject *hits = args[0], *text = args[1], *words = args[2];
    if (READY(text) < 0)
        return NULL;
    Py_ssize_t span = PyLong_AsSsize_t(args[3]);
    if (span == -1 && PyErr_Occurred())
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t count = PyList_GET_SIZE(hits);
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *hit = PyList_GET_ITEM(hits, i);
        int keep = keep_hit(hit, text, words, span);
        if (keep < 0 || (keep && PyList_Append(out, hit) < 0)) {
            Py_DECREF(out);
            return NULL;
        }
    }
    if (PyList_GET_SIZE(out) == count) {  /* nothing dropped: the caller's list serves */
        Py_DECREF(out);
        Py_INCREF(hits);
        return hits;
    }
    return out;
}

static PyMethodDef charmap_methods[] = {
    {"translate", (PyCFunction)(void (*)(void))charmap_translate, METH_FASTCALL,
     "translate(text, table, beyond): each character below len(table) as table maps it; None if one maps "
     "to U+0000 or is at or above beyond."},
    {"alnum", charmap_alnum, METH_O, "alnum(text): the letters and digits of text, in order."},
    {"find", (PyCFunction)(void (*)(void))charmap_find, METH_FASTCALL,
     "find(text, table, beyond): the index of the first character whose byte in table is nonzero or whose code "
     "point is at or above beyond; -1 if none."},
    {"collect", (PyCFunction)(void (*)(void))charmap_collect, METH_FASTCALL,
     "collect(text, table, beyond): every character find would find, in order, as one string."},
    {"kept", (PyCFunction)(void (*)(void))charmap_kept, METH_FASTCALL,
     "kept(hits, text, words, span): the (index, start, end) hits whose text[start:end] is words[index] or is at "
     "least span characters long, in order."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef charmap_module = {
    PyModuleDef_HEAD_INIT, "_charmap", "Per-character translation of message text (see bot/charmap.py).", -1,
    charmap_methods,
};

PyMODINIT_FUNC
PyInit__charmap(void)
{
    for (Py_UCS4 c = 0; c < 0x10000; c++)
        if (Py_UNICODE_ISALNUM(c))
            alnum_bmp[c >> 3] |= (unsigned char)(1 << (c & 7));
    return PyModule_Create(&charmap_module);
}
