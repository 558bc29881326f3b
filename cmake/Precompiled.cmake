# Precompiled headers: the Qt and standard headers most of our files include, parsed once per library
# (and once for all tests of a kind) instead of once per file. Only headers of Qt and the standard library:
# our own headers change too often to sit in a precompiled header. -DZONGZHI_PCH=OFF turns it off.
option(ZONGZHI_PCH "Precompile the common Qt and standard headers" ON)

set(ZZ_PCH_CORE
  <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
  <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QLocale> <QMap> <QObject> <QPointer>
  <QRegularExpression> <QSet> <QString> <QStringList> <QTextStream> <QTimer> <QVariant>
  <algorithm> <array> <cmath> <functional> <memory> <optional> <vector>)
set(ZZ_PCH_GUI ${ZZ_PCH_CORE}
  <QApplication> <QCheckBox> <QComboBox> <QDateEdit> <QDialog> <QDialogButtonBox> <QFileDialog>
  <QFormLayout> <QGridLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QListWidget>
  <QMessageBox> <QPainter> <QPlainTextEdit> <QPushButton> <QSpinBox> <QStyle> <QTableView>
  <QTableWidget> <QTextDocument> <QVBoxLayout> <QWidget>)

# zz_precompile(TARGET CORE|GUI): TARGET's own precompiled header (a library: many files).
function(zz_precompile target flavour)
  if(ZONGZHI_PCH)
    target_precompile_headers(${target} PRIVATE ${ZZ_PCH_${flavour}})
  endif()
endfunction()

# zz_precompile_carrier(NAME CORE|GUI LIBS...): a target that only builds a precompiled header for
# single-file executables (the tests) to share through zz_reuse_precompiled().
function(zz_precompile_carrier name flavour)
  if(ZONGZHI_PCH)
    set(source ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
    if(NOT EXISTS ${source})
      file(WRITE ${source} "// Carries the precompiled header the tests share.\n")
    endif()
    add_library(${name} OBJECT ${source})
    target_link_libraries(${name} PRIVATE ${ARGN} zongzhi_compile_options)
    target_precompile_headers(${name} PRIVATE ${ZZ_PCH_${flavour}})
  endif()
endfunction()

function(zz_reuse_precompiled target carrier)
  if(ZONGZHI_PCH)
    target_precompile_headers(${target} REUSE_FROM ${carrier})
  endif()
endfunction()
