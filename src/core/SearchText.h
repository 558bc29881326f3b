#pragma once

#include <QString>
#include <QStringList>

namespace zz {

// What the short-term search index holds of a text: its single characters and the pairs of
// neighbouring characters, lower-cased, never across spaces or punctuation. 1- and 2-character terms
// (赌博, 漏水, 水) are the common case in Chinese and lie below what a trigram index can serve; with
// these grams a term of one or two characters is found by one index lookup. Mirrored by the
// PostgreSQL function zz_grams() (migration 0012).
namespace SearchText {

// The distinct grams of `text`, in first-seen order.
QStringList grams(const QString &text);
// The same grams separated by single spaces: what the search index stores.
QString gramsText(const QString &text);

// True when `term` is itself one gram (1 or 2 characters, no space or punctuation): the gram index
// answers it exactly.
bool isGram(const QString &term);

} // namespace SearchText
} // namespace zz
