# One INTERFACE target carries the house compile flags; every project target links it.
add_library(zongzhi_compile_options INTERFACE)
target_compile_options(zongzhi_compile_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
target_compile_definitions(zongzhi_compile_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  $<$<BOOL:${ZONGZHI_WERROR}>:_GLIBCXX_ASSERTIONS>)
if(ZONGZHI_WERROR)
  target_compile_options(zongzhi_compile_options INTERFACE -Werror)
endif()
if(ZONGZHI_SANITIZE)
  target_compile_options(zongzhi_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(zongzhi_compile_options INTERFACE -fsanitize=address,undefined)
endif()
