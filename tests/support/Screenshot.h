#pragma once

#include <QDir>
#include <QHash>
#include <QImage>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace zz::test {

// Where this process writes screenshots and other files to look at: $ZONGZHI_SCREENSHOT_DIR when set
// (scripts/screenshots.sh uses it for docs/screenshots), else a temporary folder of the process's
// own, removed at exit. Never a fixed path: the SQLite and PostgreSQL runs of a suite run side by
// side under `ctest -j` and must not write over each other's files.
inline QString outputDir()
{
    static const QString dir = [] {
        const QString chosen = qEnvironmentVariable("ZONGZHI_SCREENSHOT_DIR");
        if (!chosen.isEmpty()) {
            QDir().mkpath(chosen);
            return QDir(chosen).absolutePath();
        }
        static QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("zongzhi-test-XXXXXX")));
        return temporary.path();
    }();
    return dir;
}

inline QString outputPath(const QString &fileName)
{
    return QDir(outputDir()).filePath(fileName);
}

// Empty when the image looks like a rendered window: at least `minimum` in size, and not blank
// (many colours, none covering nearly all of it). Otherwise what is wrong with it.
inline QString imageProblem(const QImage &image, QSize minimum)
{
    if (image.isNull())
        return QStringLiteral("no image");
    if (image.width() < minimum.width() || image.height() < minimum.height())
        return QStringLiteral("image too small: %1x%2").arg(image.width()).arg(image.height());
    QHash<QRgb, int> counts;
    int samples = 0;
    const int step = qMax(1, qMin(image.width(), image.height()) / 100);
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step) {
            ++counts[image.pixel(x, y)];
            ++samples;
        }
    }
    int largest = 0;
    for (const int n : std::as_const(counts))
        largest = qMax(largest, n);
    if (counts.size() < 8 || largest > samples * 97 / 100)
        return QStringLiteral("image looks blank: %1 colours, the commonest on %2 of %3 samples")
            .arg(counts.size())
            .arg(largest)
            .arg(samples);
    return {};
}

// Renders the widget, checks the image (imageProblem) and saves it as outputDir()/name.png; empty
// when all went well, else the problem.
inline QString saveScreenshot(QWidget *widget, const QString &name, QSize minimum = QSize(200, 100))
{
    if (!widget)
        return QStringLiteral("no widget for %1").arg(name);
    const QImage image = widget->grab().toImage();
    if (const QString problem = imageProblem(image, minimum); !problem.isEmpty())
        return name + QStringLiteral(": ") + problem;
    const QString path = outputPath(name + QStringLiteral(".png"));
    if (!image.save(path))
        return QStringLiteral("cannot write %1").arg(path);
    if (QImage(path).size() != image.size())
        return QStringLiteral("%1 does not read back").arg(path);
    return {};
}

} // namespace zz::test

// QVERIFY that the widget renders to a non-blank image of at least the minimum size, saved by name.
#define VERIFY_SCREENSHOT(widget, ...)                                                                       \
    do {                                                                                                     \
        const QString problem_ = zz::test::saveScreenshot(widget, __VA_ARGS__);                              \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                  \
    } while (false)
