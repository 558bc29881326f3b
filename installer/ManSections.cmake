# After help2man: the program's path in the build tree (QCommandLineParser's usage line names argv[0]) becomes
# its name, and, since help2man knows no Chinese, the section headings of the zh_CN page are put into
# Chinese as the zh_CN pages of manpages-zh name them.
# Run with -DPAGE=<file> -DLANG=<en|zh_CN> -DPROGRAM=<name> -DPROGRAM_PATH=<file>.
file(READ "${PAGE}" page)
string(REPLACE "-" "\\-" escaped_path "${PROGRAM_PATH}")
string(REPLACE "${escaped_path}" "${PROGRAM}" page "${page}")
string(REPLACE "${PROGRAM_PATH}" "${PROGRAM}" page "${page}")
if(NOT LANG STREQUAL "zh_CN")
  file(WRITE "${PAGE}" "${page}")
  return()
endif()
foreach(pair "NAME|名称" "SYNOPSIS|概述" "DESCRIPTION|描述" "ENVIRONMENT|环境变量" "FILES|文件"
             "\"EXIT STATUS\"|退出状态" "EXIT STATUS|退出状态" "EXAMPLES|示例" "SEE ALSO|另见"
             "\"SEE ALSO\"|另见" "AUTHOR|作者" "REPORTING BUGS|报告错误" "COPYRIGHT|版权")
  string(REPLACE "|" ";" parts "${pair}")
  list(GET parts 0 from)
  list(GET parts 1 to)
  string(REPLACE ".SH ${from}\n" ".SH ${to}\n" page "${page}")
endforeach()
string(REPLACE "\"User Commands\"" "\"用户命令\"" page "${page}")
file(WRITE "${PAGE}" "${page}")
