package cn.remotewindow.signaling.record;

class InMemoryCasePicturesTest extends CasePicturesContract {

    private final InMemoryCasePictures pictures = new InMemoryCasePictures();

    @Override
    protected CasePictures pictures() {
        return pictures;
    }
}
