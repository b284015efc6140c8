// Runs one job description through jdpipe's C++ API and prints the chosen role and case.
//
//   jdpipe_example_cpp JD_FILE [CATALOG.jsonl]
//
// Exit status: 0 on success, 1 on an error, 2 on bad usage.
#include <jdpipe/jdpipe.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: " << argv[0] << " JD_FILE [CATALOG.jsonl]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 1;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

  try {
    std::shared_ptr<jdpipe::Catalog> catalog =
        argc == 3 ? std::shared_ptr<jdpipe::Catalog>(jdpipe::InMemoryCatalog::from_bundle_file(argv[2]))
                  : jdpipe::InMemoryCatalog::starter();
    jdpipe::Options options;  // the defaults; e.g. options.top_k = 3
    const jdpipe::Pipeline pipeline(catalog, options);

    // Bad input is not an exception: it gives a rejected run.
    const jdpipe::Run run = pipeline.run(text, argv[1]);
    if (run.rejected()) {
      std::cout << "rejected: " << run.api1.rejection_reason.value_or("unknown") << "\n";
      return 0;
    }
    const jdpipe::Decision& decision = run.api1.stage4_decision;
    std::cout << "case: " << decision.case_id << "\n";
    if (decision.chosen_role) {
      std::cout << "role: " << decision.chosen_role->slug << "\n";
    } else if (decision.is_new_role) {
      std::cout << "role: (new) " << decision.new_role_slug.value_or("") << "\n";
    } else {
      std::cout << "role: (none)\n";
    }
    std::cout << "confidence: " << decision.confidence << "\n";
    std::cout << "jdpipe " << jdpipe::version() << "\n";
  } catch (const jdpipe::Error& e) {
    std::cerr << "jdpipe error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
