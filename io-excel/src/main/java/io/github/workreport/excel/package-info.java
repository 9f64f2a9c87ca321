/**
 * Reading and writing work-report task tables as Excel workbooks: {@link
 * io.github.workreport.excel.ExcelReader} with its {@link io.github.workreport.excel.ExcelLayout},
 * {@link io.github.workreport.excel.ExcelWriter}, the {@link io.github.workreport.excel.StatusPalette}
 * shared by every output, and {@link io.github.workreport.excel.ExcelReadException}.
 */
package io.github.workreport.excel;
