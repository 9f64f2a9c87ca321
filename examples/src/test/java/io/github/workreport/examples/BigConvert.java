package io.github.workreport.examples;

import io.github.workreport.rules.ClassificationPolicy;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * {@code BigConvert INPUT OUTPUT [classify]}: {@link WorkReports#convert} in a JVM of its own, so
 * that a test can give it a small heap; prints the tasks written and the peak heap in bytes.
 */
final class BigConvert {
  private BigConvert() {}

  public static void main(String[] args) {
    long written = WorkReports.convert(Path.of(args[0]), Path.of(args[1]),
        args.length > 2 ? ClassificationPolicy.defaults() : null);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("tasks " + written + " peak-heap " + peak);
  }
}
