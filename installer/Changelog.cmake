# Writes ZZ_DOC_DIR/changelog.gz, the Debian changelog of this native package: one entry, the version
# the package gets (as PackageVersion.cmake computes it) and the subjects of the last commits. Run at
# install time (install(CODE) in CMakeLists.txt) with ZZ_SOURCE_DIR, ZZ_PROJECT_VERSION and ZZ_DOC_DIR.
if(DEFINED ENV{ZONGZHI_PACKAGE_VERSION} AND NOT "$ENV{ZONGZHI_PACKAGE_VERSION}" STREQUAL "")
  set(version "$ENV{ZONGZHI_PACKAGE_VERSION}")
else()
  execute_process(COMMAND git -C "${ZZ_SOURCE_DIR}" rev-list --count HEAD OUTPUT_VARIABLE commits
                  OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE git_status ERROR_QUIET)
  if(git_status EQUAL 0 AND commits MATCHES "^[0-9]+$")
    set(version "${ZZ_PROJECT_VERSION}+git${commits}")
  else()
    set(version "${ZZ_PROJECT_VERSION}")
  endif()
endif()
# The subjects of the last commits as entries, wrapped at 78 characters (perl: by characters, not bytes).
execute_process(COMMAND git -C "${ZZ_SOURCE_DIR}" log -20 --format=%s
                COMMAND perl -CSD -ne [=[chomp; my $p = "  * "; while (length) { if (length($_) <= 74) { print "$p$_\n"; last } my $c = rindex(substr($_, 0, 74), " "); $c = 74 if $c < 30; print $p, substr($_, 0, $c), "\n"; $_ = substr($_, $c); s/^ +//; $p = "    " }]=]
                OUTPUT_VARIABLE entries RESULT_VARIABLE git_status ERROR_QUIET)
execute_process(COMMAND git -C "${ZZ_SOURCE_DIR}" log -1 --format=%aD OUTPUT_VARIABLE date
                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT git_status EQUAL 0 OR date STREQUAL "" OR entries STREQUAL "")
  set(entries "  * Built outside a git checkout.\n")
  string(TIMESTAMP date "%a, %d %b %Y %H:%M:%S +0000" UTC)
endif()
set(text "zongzhi (${version}) unstable; urgency=medium\n\n${entries}")
string(APPEND text "\n -- Zongzhi Workbench developers <zongzhi@localhost>  ${date}\n")
file(MAKE_DIRECTORY "${ZZ_DOC_DIR}")
file(WRITE "${ZZ_DOC_DIR}/changelog" "${text}")
execute_process(COMMAND gzip -9nf "${ZZ_DOC_DIR}/changelog" RESULT_VARIABLE gzip_status)
if(NOT gzip_status EQUAL 0)
  message(FATAL_ERROR "gzip ${ZZ_DOC_DIR}/changelog failed")
endif()
