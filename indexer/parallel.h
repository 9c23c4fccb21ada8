// parallel.h — the one way an index run spreads work over threads: `count` items handed out one
// at a time to `workers` threads (the calling thread is worker 0), each call told its worker
// number so it can use that worker's own Preparer or database. The first exception stops the
// hand-out and is rethrown to the caller once every thread has stopped.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace tonle {

template <class Fn>  // void fn(size_t worker, size_t item)
void parallel_for(size_t workers, size_t count, Fn fn) {
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::vector<std::exception_ptr> errors(workers == 0 ? 1 : workers);
  auto work = [&](size_t w) {
    try {
      for (size_t i = next++; i < count && !failed; i = next++) {
        fn(w, i);
      }
    } catch (...) {
      errors[w] = std::current_exception();
      failed = true;
    }
  };
  std::vector<std::thread> threads;
  for (size_t w = 1; w < workers; ++w) {
    threads.emplace_back(work, w);
  }
  work(0);
  for (std::thread& t : threads) {
    t.join();
  }
  for (std::exception_ptr& e : errors) {
    if (e) {
      std::rethrow_exception(e);
    }
  }
}

}  // namespace tonle
