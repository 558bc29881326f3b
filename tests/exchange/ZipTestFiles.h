#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Zip archives and xlsx parts made by hand for the streaming reader's tests (kept out of the test's own file,
// which moc reads: moc does not follow the XML in raw string literals).
namespace zz::test {

// One file of a zip made in the test; declaredSize, when set, is written instead of the true size.
struct Part
{
    QString name;
    QByteArray data;
    bool deflate = true;
    qint64 declaredSize = -1;
    bool encrypted = false;
    quint32 crcXor = 0; // a CRC that does not match the data
};

// A zip as Python's zipfile or Java would write it: stored or deflated entries, and with `zip64` every size
// and offset in the central directory saturated and given in zip64 extra fields, with the zip64 end records
// (what writers do past 4 GB or 65,535 entries).
QByteArray makeZip(const QList<Part> &parts, bool zip64);
// The parts of an existing xlsx, read through our own archive reader.
QList<Part> partsOf(const QString &path);
// A workbook written by hand the way various producers write one: the workbook part's relationships
// pointing at sheets by absolute and relative paths, styles with cell-style formats before
// the cell formats and a custom date code, shared strings with rich-text runs and a phonetic guide, cells
// without references, booleans, errors, formulas with cached numbers and strings, an ISO date cell, an
// inline string, a gap of blank rows, trailing formatted empty rows and a merged range under a prefix.
QList<Part> handMadeWorkbook();

} // namespace zz::test
