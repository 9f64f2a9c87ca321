package io.github.workreport.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The command line, then its peak heap on standard error ({@code peak heap N MB}: the sum of each
 * heap pool's peak, an upper bound of the heap in use at any one time), for tests that show a run
 * fits a small heap.
 */
public final class PeakHeap {
  private PeakHeap() {}

  public static void main(String[] args) {
    Env env = new Env(new FileInputStream(FileDescriptor.in),
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        new FileOutputStream(FileDescriptor.err), System.getenv(), false, false);
    int status = Main.run(env, args);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.err.println("peak heap " + peak / (1024 * 1024) + " MB");
    System.exit(status);
  }
}
